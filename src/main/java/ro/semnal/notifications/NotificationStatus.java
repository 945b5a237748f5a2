package ro.semnal.notifications;

/** Where a notification stands. */
public enum NotificationStatus {
    /** Recorded, not yet handed to the mail server. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** No mail server is configured: kept for administrators to read; nothing failed. */
    OUTBOX,
    /** The mail server refused it; see the last error. */
    FAILED
}
