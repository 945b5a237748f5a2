package ro.semnal.learning;

/** Where a learner stands on a course. */
public enum CourseStatus {
    /** Its prerequisites are not completed yet. */
    LOCKED, NOT_ENROLLED, IN_PROGRESS, COMPLETED
}
