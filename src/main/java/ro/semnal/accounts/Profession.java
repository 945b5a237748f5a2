package ro.semnal.accounts;

/** The professions the programme trains. Stored by name: never rename a constant. */
public enum Profession {
    POLICE_OFFICER, JUDGE, PROSECUTOR, MEDICAL_STAFF, SOCIAL_WORKER, TEACHER, CLERGY, OTHER;

    public String messageKey() {
        return "profession." + name();
    }
}
