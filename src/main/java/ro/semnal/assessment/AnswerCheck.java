package ro.semnal.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuestionType;

/** Refuses an answer that does not fit its question: wrong kind, unknown ids, a path off the scenario. */
final class AnswerCheck {

    private AnswerCheck() {
    }

    static void requireValid(Question question, Answer answer) {
        boolean valid = switch (question) {
            case Question.Choice c -> answer instanceof Answer.Choice a && ids(c.options().stream()
                    .map(Question.Option::id).toList()).containsAll(a.optionIds())
                    && (c.type() == QuestionType.MULTIPLE || a.optionIds().size() <= 1);
            case Question.Matching m -> answer instanceof Answer.Matching a
                    && ids(m.pairs().stream().map(Question.Pair::id).toList()).containsAll(a.leftToRight().keySet())
                    && ids(m.pairs().stream().map(Question.Pair::id).toList()).containsAll(a.leftToRight().values());
            case Question.Ordering o -> answer instanceof Answer.Ordering a
                    && new HashSet<>(a.itemIds()).equals(ids(o.items().stream().map(Question.OrderItem::id).toList()))
                    && a.itemIds().size() == o.items().size();
            case Question.Scenario s -> answer instanceof Answer.Scenario a && followsGraph(s, a.choiceIds());
            case Question.Likert l -> answer instanceof Answer.Likert;
        };
        if (!valid) {
            throw new InvalidInputException("answer", "assessment.error.invalidAnswer");
        }
    }

    private static Set<String> ids(List<String> ids) {
        return new HashSet<>(ids);
    }

    private static boolean followsGraph(Question.Scenario scenario, List<String> path) {
        String step = scenario.start();
        for (String choiceId : path) {
            if (step == null) {
                return false;
            }
            Question.StepChoice choice = scenario.step(step).choices().stream().filter(c -> c.id().equals(choiceId))
                    .findFirst().orElse(null);
            if (choice == null) {
                return false;
            }
            step = choice.end() != null ? null : choice.next();
        }
        return true;
    }
}
