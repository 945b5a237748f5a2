package ro.semnal.assessment;

import java.util.Map;

/**
 * The grade of one answer: a score from 0 to 1 and, per competency, the points earned and the points
 * that could have been earned. {@code answered} is false when there was no answer.
 */
public record QuestionScore(String questionId, double score, boolean answered, Map<String, Points> competencies) {

    public record Points(double earned, double possible) {

        public Points plus(Points other) {
            return new Points(earned + other.earned, possible + other.possible);
        }
    }

    public boolean fullyCorrect() {
        return score >= 0.999_999;
    }
}
