package ro.semnal.audit;

/** The privileged actions that leave an entry in the audit trail. */
public enum AuditAction {
    ROLES_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_ACTIVATED,
    CERTIFICATE_ISSUED,
    CERTIFICATE_REVOKED,
    CERTIFICATE_REISSUED,
    CERTIFICATES_EXPORTED,
    COHORT_MEMBERS_ADDED,
    COHORT_MEMBER_REMOVED,
    COHORT_CSV_IMPORTED,
    COHORT_EXPORTED,
    CONTENT_RELOADED,
    CONTENT_UPLOADED,
    PERSONAL_DATA_EXPORTED,
    ACCOUNT_ERASED,
    RETENTION_CLEANUP;

    public String messageKey() {
        return "auditAction." + name();
    }
}
