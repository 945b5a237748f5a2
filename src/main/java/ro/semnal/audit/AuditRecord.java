package ro.semnal.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as other features and views see it. People are referred to by id (the actor
 * also by the e-mail they had at the time); the summary never carries personal data.
 */
public record AuditRecord(long id, Instant occurredAt, Long actorId, String actorEmail, AuditAction action,
        String objectType, String objectId, Long subjectUserId, String summary, String clientAddress) {
}
