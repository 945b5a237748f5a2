package ro.semnal.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ro.semnal.base.i18n.Language;
import ro.semnal.catalog.Localized;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuizDefinition;

/**
 * Turns an attempt into what a learner may see: while open, texts and ids only; once submitted, the
 * review with answers, correct answers, feedback, explanations and sources.
 */
final class AttemptPresenter {

    private final Language language;

    AttemptPresenter(Language language) {
        this.language = language;
    }

    private String t(Localized text) {
        return text == null ? null : text.orOther(language);
    }

    AttemptPage.ShownQuestion shown(Question question, List<String> order, Answer answer) {
        return switch (question) {
            case Question.Choice c -> new AttemptPage.ShownQuestion(c.id(), c.type(), t(c.text()), null,
                    ordered(c.options(), Question.Option::id, o -> t(o.text()), order), List.of(), List.of(), false,
                    answer);
            case Question.Matching m -> new AttemptPage.ShownQuestion(m.id(), m.type(), t(m.text()), null,
                    m.pairs().stream().map(p -> new AttemptPage.ShownOption(p.id(), t(p.left()))).toList(),
                    ordered(m.pairs(), Question.Pair::id, p -> t(p.right()), order), List.of(), false, answer);
            case Question.Ordering o -> new AttemptPage.ShownQuestion(o.id(), o.type(), t(o.text()), null,
                    ordered(o.items(), Question.OrderItem::id, i -> t(i.text()), order), List.of(), List.of(), false,
                    answer);
            case Question.Scenario s -> scenario(s, answer);
            case Question.Likert l -> new AttemptPage.ShownQuestion(l.id(), l.type(), t(l.text()), null, List.of(),
                    List.of(), List.of(), false, answer);
        };
    }

    private static <T> List<AttemptPage.ShownOption> ordered(List<T> items, Function<T, String> id,
            Function<T, String> text, List<String> order) {
        Map<String, T> byId = items.stream().collect(Collectors.toMap(id, Function.identity()));
        List<String> ids = order.isEmpty() ? items.stream().map(id).toList() : order;
        return ids.stream().filter(byId::containsKey)
                .map(i -> new AttemptPage.ShownOption(i, text.apply(byId.get(i)))).toList();
    }

    private AttemptPage.ShownQuestion scenario(Question.Scenario scenario, Answer answer) {
        List<String> path = answer instanceof Answer.Scenario s ? s.choiceIds() : List.of();
        List<AttemptPage.ShownStep> steps = new ArrayList<>();
        String stepId = scenario.start();
        boolean ended = false;
        for (int i = 0; stepId != null; i++) {
            Question.Step step = scenario.step(stepId);
            String chosen = i < path.size() ? path.get(i) : null;
            steps.add(new AttemptPage.ShownStep(step.id(), t(step.text()), step.choices().stream()
                    .map(c -> new AttemptPage.ShownOption(c.id(), t(c.text()))).toList(), chosen));
            Optional<Question.StepChoice> choice = step.choices().stream().filter(c -> c.id().equals(chosen)).findFirst();
            if (choice.isEmpty()) {
                break;
            }
            ended = choice.get().end() != null;
            stepId = ended ? null : choice.get().next();
        }
        return new AttemptPage.ShownQuestion(scenario.id(), scenario.type(), t(scenario.text()), t(scenario.vignette()),
                List.of(), List.of(), steps, ended, answer);
    }

    AttemptResult.ReviewItem review(Question question, Answer answer, QuestionScore score) {
        return switch (question) {
            case Question.Choice c -> {
                java.util.Set<String> picked = answer instanceof Answer.Choice a ? a.optionIds() : java.util.Set.of();
                yield item(c, c.options().stream().filter(o -> picked.contains(o.id())).map(o -> t(o.text())).toList(),
                        c.options().stream().filter(Question.Option::correct).map(o -> t(o.text())).toList(),
                        c.options().stream().filter(o -> picked.contains(o.id())).map(o -> t(o.feedback())).toList(),
                        score);
            }
            case Question.Matching m -> {
                Map<String, String> given = answer instanceof Answer.Matching a ? a.leftToRight() : Map.of();
                Map<String, Question.Pair> byId = m.pairs().stream()
                        .collect(Collectors.toMap(Question.Pair::id, Function.identity()));
                yield item(m, m.pairs().stream().filter(p -> byId.containsKey(given.get(p.id())))
                                .map(p -> t(p.left()) + " → " + t(byId.get(given.get(p.id())).right())).toList(),
                        m.pairs().stream().map(p -> t(p.left()) + " → " + t(p.right())).toList(), List.of(), score);
            }
            case Question.Ordering o -> {
                List<String> given = answer instanceof Answer.Ordering a ? a.itemIds() : List.of();
                Map<String, Question.OrderItem> byId = o.items().stream()
                        .collect(Collectors.toMap(Question.OrderItem::id, Function.identity()));
                yield item(o, given.stream().filter(byId::containsKey).map(i -> t(byId.get(i).text())).toList(),
                        o.items().stream().map(i -> t(i.text())).toList(), List.of(), score);
            }
            case Question.Scenario s -> scenarioReview(s, answer, score);
            case Question.Likert l -> new AttemptResult.ReviewItem(l.id(), l.type(), t(l.text()),
                    answer instanceof Answer.Likert a ? List.of(Integer.toString(a.value())) : List.of(), List.of(),
                    List.of(), null, null, 0);
        };
    }

    private AttemptResult.ReviewItem item(Question q, List<String> yours, List<String> correct, List<String> feedback,
            QuestionScore score) {
        return new AttemptResult.ReviewItem(q.id(), q.type(), t(q.text()), yours, correct, feedback,
                t(q.explanation()), q.source(), score.score());
    }

    private AttemptResult.ReviewItem scenarioReview(Question.Scenario scenario, Answer answer, QuestionScore score) {
        List<String> path = answer instanceof Answer.Scenario s ? s.choiceIds() : List.of();
        List<String> yours = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        String stepId = scenario.start();
        for (String chosen : path) {
            if (stepId == null) {
                break;
            }
            Optional<Question.StepChoice> choice = scenario.step(stepId).choices().stream()
                    .filter(c -> c.id().equals(chosen)).findFirst();
            if (choice.isEmpty()) {
                break;
            }
            yours.add(t(choice.get().text()));
            feedback.add(t(choice.get().feedback()));
            if (choice.get().end() != null) {
                feedback.add(t(choice.get().end().text()));
            }
            stepId = choice.get().end() != null ? null : choice.get().next();
        }
        return new AttemptResult.ReviewItem(scenario.id(), scenario.type(), t(scenario.text()), yours,
                bestPath(scenario), feedback, t(scenario.explanation()), scenario.source(), score.score());
    }

    /** The choices of a best path, step by step: the "correct answer" of a scenario. */
    private List<String> bestPath(Question.Scenario scenario) {
        return ScenarioPaths.bestPath(scenario).stream().map(c -> t(c.text())).toList();
    }

    static Optional<Question> question(QuizDefinition quiz, String id) {
        return quiz.questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
