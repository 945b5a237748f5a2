package ro.semnal.notifications;

import java.time.Instant;

/** A notification as administrators see it in the outbox. */
public record NotificationView(Long id, String recipientEmail, String kind, String subjectKey, String occurrence,
        String subject, String body, NotificationStatus status, int attempts, String lastError, Instant createdAt,
        Instant sentAt) {
}
