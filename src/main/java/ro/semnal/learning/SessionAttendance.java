package ro.semnal.learning;

/**
 * Attendance of live and in-person sessions, for completion rules that require it. The cohorts feature
 * provides it; without it, no session counts as attended and no session is required beyond the course's
 * own rule.
 */
public interface SessionAttendance {

    /** Sessions of the learner's cohorts for this course that they attended (present). */
    int attendedSessions(long userId, String courseSlug);

    /** Sessions the learner's cohorts require for this course (0 when none). */
    int requiredSessions(long userId, String courseSlug);
}
