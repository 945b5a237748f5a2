package ro.semnal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One privileged action, written once: no setters, and Hibernate ignores changes to an immutable entity, so
 * the application has no way to edit an entry; the repository has no delete either.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_email", nullable = false, length = 254, updatable = false)
    private String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(name = "object_type", nullable = false, length = 40, updatable = false)
    private String objectType;

    @Column(name = "object_id", length = 100, updatable = false)
    private String objectId;

    @Column(name = "subject_user_id", updatable = false)
    private Long subjectUserId;

    @Column(nullable = false, length = 1000, updatable = false)
    private String summary;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, String actorEmail, AuditAction action, String objectType,
            String objectId, Long subjectUserId, String summary, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.subjectUserId = subjectUserId;
        this.summary = summary;
        this.clientAddress = clientAddress;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorId, actorEmail, action, objectType, objectId, subjectUserId, summary,
                clientAddress);
    }
}
