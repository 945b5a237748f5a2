package ro.semnal.learning;

import java.time.Instant;

/**
 * A learner met a course's completion rule; published once per learner and course, within the transaction
 * that records it. Listeners that act on it (a certificate) should use
 * {@code @TransactionalEventListener}, so nothing happens if that transaction rolls back.
 */
public record CourseCompleted(long userId, String courseSlug, String contentVersion, Instant completedAt) {
}
