package ro.semnal.notifications;

/**
 * A message to send once. (recipientEmail, kind, subjectKey, occurrence) identifies it: asking again for
 * the same one sends nothing, e.g. kind "certificate-expiry", subject the certificate code, occurrence the
 * expiry date.
 */
public record NotificationRequest(Long recipientUserId, String recipientEmail, String kind, String subjectKey,
        String occurrence, String subject, String body) {
}
