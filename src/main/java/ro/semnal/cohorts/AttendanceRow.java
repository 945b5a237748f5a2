package ro.semnal.cohorts;

/** One line of a session's attendance register; status null means not recorded yet. */
public record AttendanceRow(long sessionId, long userId, String name, AttendanceStatus status, String note) {
}
