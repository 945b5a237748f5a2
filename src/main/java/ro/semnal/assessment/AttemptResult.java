package ro.semnal.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ro.semnal.catalog.QuestionType;
import ro.semnal.catalog.QuizKind;
import ro.semnal.catalog.ReviewPolicy;

/**
 * A submitted attempt: its score, whether it passed, points per competency and, as the quiz's review
 * policy allows, each question with the learner's answer, the correct one, the explanation and its source.
 */
public record AttemptResult(long attemptId, String courseSlug, String quizSlug, String title, QuizKind kind,
        int attemptNumber, double percent, Boolean passed, int passMark, boolean autoSubmitted, Instant submittedAt,
        Map<String, QuestionScore.Points> competencies, ReviewPolicy review, List<ReviewItem> items) {

    public record ReviewItem(String questionId, QuestionType type, String text, List<String> yourAnswer,
            List<String> correctAnswer, List<String> feedback, String explanation, String source, double score) {
    }
}
