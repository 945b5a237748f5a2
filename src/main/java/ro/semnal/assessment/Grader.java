package ro.semnal.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import ro.semnal.catalog.Question;

/**
 * Grades answers; pure (no Spring, no database), so it can be tested and benchmarked alone. Every
 * question is worth 1: single choice and true/false all or nothing; multiple choice gives partial credit
 * with a penalty for wrong picks, never below zero; matching and ordering the share of pairs or places
 * right; a scenario the points of the path taken over the best path's, with points per competency.
 */
public final class Grader {

    public QuestionScore grade(Question question, Answer answer) {
        if (answer == null) {
            return unanswered(question);
        }
        return switch (question) {
            case Question.Choice choice -> choice(choice, answer);
            case Question.Matching matching -> matching(matching, answer);
            case Question.Ordering ordering -> ordering(ordering, answer);
            case Question.Scenario scenario -> scenario(scenario, answer);
            case Question.Likert likert -> likert(likert, answer);
        };
    }

    /** The quiz score in percent (0-100) and the points per competency, over every question drawn. */
    public QuizScore total(List<QuestionScore> scores) {
        if (scores.isEmpty()) {
            return new QuizScore(0, Map.of());
        }
        double sum = scores.stream().mapToDouble(QuestionScore::score).sum();
        Map<String, QuestionScore.Points> competencies = new TreeMap<>();
        scores.forEach(s -> s.competencies().forEach((k, v) -> competencies.merge(k, v, QuestionScore.Points::plus)));
        return new QuizScore(Math.round(10_000.0 * sum / scores.size()) / 100.0, competencies);
    }

    /**
     * An attitude statement has no right answer: its score is how far the rating shows the attitude the course
     * wants (1 to 5 mapped onto 0 to 1, turned round for a {@code reverse} statement), so a survey's total is an
     * attitude index from 0 to 100 for programme reports. Learners never see it.
     */
    private static QuestionScore likert(Question.Likert likert, Answer answer) {
        if (!(answer instanceof Answer.Likert rating)) {
            return new QuestionScore(likert.id(), 0, false, Map.of());
        }
        int agreement = likert.reverse() ? 6 - rating.value() : rating.value();
        return new QuestionScore(likert.id(), (agreement - 1) / 4.0, true, Map.of());
    }

    private static QuestionScore unanswered(Question question) {
        if (question instanceof Question.Scenario scenario) {
            return new QuestionScore(scenario.id(), 0, false, possibleOnly(scenario));
        }
        if (question instanceof Question.Likert) {
            return new QuestionScore(question.id(), 0, false, Map.of());
        }
        return new QuestionScore(question.id(), 0, false, Map.of(question.competency(), new QuestionScore.Points(0, 1)));
    }

    private static QuestionScore single(Question question, double score, boolean answered) {
        return new QuestionScore(question.id(), score, answered,
                Map.of(question.competency(), new QuestionScore.Points(score, 1)));
    }

    private static QuestionScore choice(Question.Choice question, Answer answer) {
        if (!(answer instanceof Answer.Choice picked) || picked.optionIds().isEmpty()) {
            return unanswered(question);
        }
        Set<String> correct = question.options().stream().filter(Question.Option::correct).map(Question.Option::id)
                .collect(Collectors.toSet());
        Set<String> known = question.options().stream().map(Question.Option::id).collect(Collectors.toSet());
        Set<String> picks = picked.optionIds().stream().filter(known::contains).collect(Collectors.toSet());
        return switch (question.type()) {
            case MULTIPLE -> {
                long right = picks.stream().filter(correct::contains).count();
                long wrong = picks.size() - right;
                int wrongOptions = known.size() - correct.size();
                double score = (double) right / correct.size() - (wrongOptions == 0 ? 0 : (double) wrong / wrongOptions);
                yield single(question, Math.max(0, score), true);
            }
            default -> single(question, picks.size() == 1 && correct.containsAll(picks) ? 1 : 0, true);
        };
    }

    private static QuestionScore matching(Question.Matching question, Answer answer) {
        if (!(answer instanceof Answer.Matching matching) || matching.leftToRight().isEmpty()) {
            return unanswered(question);
        }
        long right = question.pairs().stream()
                .filter(p -> p.id().equals(matching.leftToRight().get(p.id()))).count();
        return single(question, (double) right / question.pairs().size(), true);
    }

    private static QuestionScore ordering(Question.Ordering question, Answer answer) {
        if (!(answer instanceof Answer.Ordering ordering) || ordering.itemIds().isEmpty()) {
            return unanswered(question);
        }
        List<String> expected = question.items().stream().map(Question.OrderItem::id).toList();
        long inPlace = 0;
        for (int i = 0; i < expected.size() && i < ordering.itemIds().size(); i++) {
            inPlace += expected.get(i).equals(ordering.itemIds().get(i)) ? 1 : 0;
        }
        return single(question, (double) inPlace / expected.size(), true);
    }

    private static QuestionScore scenario(Question.Scenario scenario, Answer answer) {
        if (!(answer instanceof Answer.Scenario path) || path.choiceIds().isEmpty()) {
            return unanswered(scenario);
        }
        Map<String, Double> earned = new HashMap<>();
        double total = 0;
        String step = scenario.start();
        for (String choiceId : path.choiceIds()) {
            if (step == null) {
                break; // the path went on after an ending: extra choices are ignored
            }
            Question.StepChoice choice = scenario.step(step).choices().stream()
                    .filter(c -> c.id().equals(choiceId)).findFirst().orElse(null);
            if (choice == null) {
                break; // not a choice of this step: the rest of the path cannot be followed
            }
            total += choice.points();
            earned.merge(choice.competency(), (double) choice.points(), Double::sum);
            step = choice.end() != null ? null : choice.next();
        }
        ScenarioPaths best = ScenarioPaths.of(scenario);
        double max = best.maxTotal();
        double score = max <= 0 ? (step == null ? 1 : 0) : Math.min(1, Math.max(0, total / max));
        Map<String, QuestionScore.Points> competencies = new TreeMap<>();
        best.maxPerCompetency().forEach((competency, possible) -> competencies.put(competency,
                new QuestionScore.Points(Math.max(0, Math.min(possible, earned.getOrDefault(competency, 0.0))), possible)));
        return new QuestionScore(scenario.id(), score, true, competencies);
    }

    private static Map<String, QuestionScore.Points> possibleOnly(Question.Scenario scenario) {
        Map<String, QuestionScore.Points> competencies = new TreeMap<>();
        ScenarioPaths.of(scenario).maxPerCompetency()
                .forEach((competency, possible) -> competencies.put(competency, new QuestionScore.Points(0, possible)));
        return competencies;
    }
}
