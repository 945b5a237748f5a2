package ro.semnal.catalog;

import java.util.List;

/** A question of a quiz's pool. Every text is in Romanian and English. */
public sealed interface Question {

    String id();

    QuestionType type();

    /** The competency it measures, e.g. identification, first-response, referral. */
    String competency();

    Localized text();

    /** Why the right answer is right; shown in the review. */
    Localized explanation();

    /** Where the fact comes from. */
    String source();

    /** Single choice, multiple choice or true/false: options, of which one or more are correct. */
    record Choice(String id, QuestionType type, String competency, Localized text, List<Option> options,
            Localized explanation, String source) implements Question {
    }

    /** Each left item matches one right item; the pairs are authored matched and shuffled when shown. */
    record Matching(String id, String competency, Localized text, List<Pair> pairs, Localized explanation,
            String source) implements Question {
        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }
    }

    /** Items authored in their correct order and shuffled when shown. */
    record Ordering(String id, String competency, Localized text, List<OrderItem> items, Localized explanation,
            String source) implements Question {
        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }

    /** A branching case: a vignette, then decision steps; each choice leads to a next step or an end. */
    record Scenario(String id, String competency, Localized text, Localized vignette, String start,
            List<Step> steps, Localized explanation, String source) implements Question {
        @Override
        public QuestionType type() {
            return QuestionType.SCENARIO;
        }

        public Step step(String stepId) {
            return steps.stream().filter(s -> s.id().equals(stepId)).findFirst().orElseThrow();
        }
    }

    /** A statement rated on a five-point agreement scale; no right answer. */
    record Likert(String id, String competency, Localized text, boolean reverse) implements Question {
        @Override
        public QuestionType type() {
            return QuestionType.LIKERT;
        }

        @Override
        public Localized explanation() {
            return new Localized(null, null);
        }

        @Override
        public String source() {
            return null;
        }
    }

    record Option(String id, Localized text, boolean correct, Localized feedback) {
    }

    record Pair(String id, Localized left, Localized right) {
    }

    record OrderItem(String id, Localized text) {
    }

    record Step(String id, Localized text, List<StepChoice> choices) {
    }

    /** A decision: its points and competency, and either the next step or an ending. */
    record StepChoice(String id, Localized text, int points, String competency, Localized feedback, String next,
            Ending end) {
    }

    /** How a scenario path ends; a bad ending explains why. */
    record Ending(boolean good, Localized text) {
    }
}
