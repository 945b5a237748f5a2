package ro.semnal.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message to one person, recorded once per (recipient, kind, subject, occurrence). */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_user_id")
    private Long recipientUserId;

    @Column(name = "recipient_email", nullable = false, length = 254)
    private String recipientEmail;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "subject_key", nullable = false, length = 100)
    private String subjectKey;

    @Column(nullable = false, length = 60)
    private String occurrence;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 10000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private NotificationStatus status = NotificationStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    static final int MAX_ATTEMPTS = 5;

    protected Notification() {
    }

    Notification(NotificationRequest request, Instant now) {
        this.recipientUserId = request.recipientUserId();
        this.recipientEmail = request.recipientEmail();
        this.kind = request.kind();
        this.subjectKey = request.subjectKey();
        this.occurrence = request.occurrence();
        this.subject = request.subject();
        this.body = request.body();
        this.createdAt = now;
    }

    void sent(Instant now) {
        status = NotificationStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        nextAttemptAt = null;
    }

    void keptInOutbox() {
        status = NotificationStatus.OUTBOX;
    }

    /** Records a failure; retried after 2, 4, 8, 16 minutes, then left for administrators to see. */
    void failed(String error, Instant now) {
        status = NotificationStatus.FAILED;
        attempts++;
        lastError = error == null ? "?" : error.substring(0, Math.min(1000, error.length()));
        nextAttemptAt = attempts < MAX_ATTEMPTS ? now.plusSeconds(60L << attempts) : null;
    }

    NotificationView toView() {
        return new NotificationView(id, recipientEmail, kind, subjectKey, occurrence, subject, body, status, attempts,
                lastError, createdAt, sentAt);
    }

    String recipientEmail() {
        return recipientEmail;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }
}
