package ro.semnal.assessment;

import java.time.Instant;

import ro.semnal.catalog.QuizKind;

/**
 * A learner passed a quiz (a survey counts as passed once submitted). Published within the transaction
 * that grades the attempt.
 */
public record QuizPassed(long userId, String courseSlug, String quizSlug, QuizKind kind, double percent,
        Instant passedAt) {
}
