package ro.semnal.accounts;

/** What a person may do in Semnal. A user holds one or more roles. */
public enum Role {
    LEARNER, TRAINER, COORDINATOR, ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The translation key of the role's name. */
    public String messageKey() {
        return "role." + name();
    }
}
