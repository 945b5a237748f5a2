package ro.semnal.cohorts;

/** A learner's attendance of a session. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
