package ro.semnal.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ro.semnal.catalog.QuestionType;
import ro.semnal.catalog.QuizKind;

/**
 * An open attempt as the learner may see it: the questions drawn, in their order, with the options in
 * their order and the answers saved so far. It carries no correct answers, points, feedback or endings.
 */
public record AttemptPage(long attemptId, String courseSlug, String quizSlug, String title, QuizKind kind,
        List<ShownQuestion> questions, Instant deadline, Instant now) {

    /** Time left, or null without a time limit. */
    public Duration timeLeft() {
        return deadline == null ? null : Duration.between(now, deadline).isNegative() ? Duration.ZERO
                : Duration.between(now, deadline);
    }

    public long answered() {
        return questions.stream().filter(ShownQuestion::isAnswered).count();
    }

    /** A question as shown. For matching, {@code options} are the left items and {@code rightSide} the choices. */
    public record ShownQuestion(String id, QuestionType type, String text, String vignette, List<ShownOption> options,
            List<ShownOption> rightSide, List<ShownStep> steps, boolean scenarioEnded, Answer answer) {

        public boolean isAnswered() {
            return answer != null && (type != QuestionType.SCENARIO || scenarioEnded);
        }
    }

    public record ShownOption(String id, String text) {
    }

    /** A scenario step reached so far, and the choice taken there (null at the current step). */
    public record ShownStep(String id, String text, List<ShownOption> choices, String chosenId) {
    }
}
