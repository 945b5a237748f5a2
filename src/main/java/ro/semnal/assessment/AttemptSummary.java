package ro.semnal.assessment;

import java.time.Instant;

import ro.semnal.catalog.QuizKind;

/** One attempt in a list ("my attempts", a trainer's view of a learner). */
public record AttemptSummary(long attemptId, long userId, String courseSlug, String quizSlug, String quizTitle,
        QuizKind kind, int attemptNumber, Instant startedAt, AttemptStatus status, Double percent, Boolean passed) {
}
