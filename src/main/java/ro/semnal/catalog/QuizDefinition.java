package ro.semnal.catalog;

import java.util.List;

/**
 * A quiz as authored: its pool of questions and the rules of taking it. {@code draw} questions are drawn
 * from the pool for each attempt; {@code attempts} 0 means unlimited; {@code timeLimitMinutes} null means
 * no limit; {@code passMark} is a percentage.
 */
public record QuizDefinition(String slug, QuizKind kind, Localized title, Localized intro, int draw, int passMark,
        int attempts, Integer timeLimitMinutes, int waitMinutes, GradingMethod grading, ReviewPolicy review,
        boolean shuffleOptions, List<Question> questions) {
}
