package ro.semnal.catalog;

/** What an import did with one course. */
public enum ImportStatus {
    /** New or changed content, now served. */
    IMPORTED,
    /** The same content as the version already served: nothing done. */
    UNCHANGED,
    /** Invalid: nothing changed, the version already served (if any) stays. */
    REFUSED
}
