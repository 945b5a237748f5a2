package ro.semnal.assessment;

import java.util.Map;

/** A graded attempt: the percentage score and the points per competency. */
public record QuizScore(double percent, Map<String, QuestionScore.Points> competencies) {
}
