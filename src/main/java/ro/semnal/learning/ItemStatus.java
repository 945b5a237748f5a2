package ro.semnal.learning;

/** Where a learner stands on an item of a course. */
public enum ItemStatus {
    NOT_STARTED, IN_PROGRESS, DONE, LOCKED
}
