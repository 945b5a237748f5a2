package ro.semnal.assessment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import ro.semnal.catalog.Question;

/**
 * The best a learner can do in a scenario: the most points along any path, in total and per competency.
 * The loader guarantees the steps form a graph without loops, so memoised depth-first search is enough.
 */
record ScenarioPaths(double maxTotal, Map<String, Double> maxPerCompetency) {

    static ScenarioPaths of(Question.Scenario scenario) {
        double total = Math.max(0, best(scenario, scenario.start(), null, new HashMap<>()));
        Set<String> competencies = new TreeSet<>();
        scenario.steps().forEach(s -> s.choices().forEach(c -> competencies.add(c.competency())));
        Map<String, Double> perCompetency = new TreeMap<>();
        for (String competency : competencies) {
            perCompetency.put(competency, Math.max(0, best(scenario, scenario.start(), competency, new HashMap<>())));
        }
        return new ScenarioPaths(total, perCompetency);
    }

    /** The choices of a path that earns the most points, from the start to an end. */
    static java.util.List<Question.StepChoice> bestPath(Question.Scenario scenario) {
        Map<String, Double> memo = new HashMap<>();
        java.util.List<Question.StepChoice> path = new java.util.ArrayList<>();
        String stepId = scenario.start();
        while (stepId != null) {
            Question.StepChoice top = null;
            double topPoints = Double.NEGATIVE_INFINITY;
            for (Question.StepChoice choice : scenario.step(stepId).choices()) {
                double points = choice.points() + (choice.end() != null ? 0 : best(scenario, choice.next(), null, memo));
                if (points > topPoints || (points == topPoints && choice.end() != null && choice.end().good())) {
                    top = choice;
                    topPoints = points;
                }
            }
            if (top == null) {
                break;
            }
            path.add(top);
            stepId = top.end() != null ? null : top.next();
        }
        return path;
    }

    /** The most points from this step to an end, counting all points or only one competency's. */
    private static double best(Question.Scenario scenario, String stepId, String competency, Map<String, Double> memo) {
        if (stepId == null) {
            return 0;
        }
        Double known = memo.get(stepId);
        if (known != null) {
            return known;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (Question.StepChoice choice : scenario.step(stepId).choices()) {
            double points = competency == null || competency.equals(choice.competency()) ? choice.points() : 0;
            double rest = choice.end() != null ? 0 : best(scenario, choice.next(), competency, memo);
            best = Math.max(best, points + rest);
        }
        double result = best == Double.NEGATIVE_INFINITY ? 0 : best;
        memo.put(stepId, result);
        return result;
    }
}
