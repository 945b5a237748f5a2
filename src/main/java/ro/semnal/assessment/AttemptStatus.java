package ro.semnal.assessment;

/** Where an attempt stands. */
public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED
}
