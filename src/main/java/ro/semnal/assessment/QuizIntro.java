package ro.semnal.assessment;

import java.time.Instant;

import ro.semnal.catalog.GradingMethod;
import ro.semnal.catalog.QuizKind;

/**
 * What a learner sees before starting a quiz. {@code blockedReasonKey} names why a new attempt cannot
 * start (attempts used up, waiting time, not enrolled), or is null; an open attempt can always be resumed.
 */
public record QuizIntro(String courseSlug, String quizSlug, String title, String intro, QuizKind kind, int questions,
        Integer timeLimitMinutes, int attemptsAllowed, int attemptsUsed, int passMark, GradingMethod grading,
        Double result, Boolean passed, Long openAttemptId, Instant nextStartAt, String blockedReasonKey) {

    public boolean canStartOrResume() {
        return openAttemptId != null || blockedReasonKey == null;
    }
}
