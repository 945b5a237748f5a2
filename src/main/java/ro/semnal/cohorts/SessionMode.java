package ro.semnal.cohorts;

/** How a session takes place. */
public enum SessionMode {
    ONLINE, IN_PERSON
}
