package ro.semnal.catalog.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ro.semnal.catalog.Localized;
import ro.semnal.catalog.Question;

/**
 * Reads a branching case scenario and checks its graph: every {@code next} names a step, every step can be
 * reached from the start, and no path loops, so every path ends.
 */
final class ScenarioReader {

    private final Problems problems;

    ScenarioReader(Problems problems) {
        this.problems = problems;
    }

    Question.Scenario read(YamlNode q, String id, String competency, Localized text, Localized explanation,
            String source) {
        Localized vignette = q.localized("vignette", problems, true);
        List<YamlNode> stepNodes = q.get("steps").map(YamlNode::items).orElse(List.of());
        if (stepNodes.isEmpty()) {
            problems.add(q.get("steps").orElse(q), "missingField", "steps");
            return new Question.Scenario(id, competency, text, vignette, null, List.of(), explanation, source);
        }
        Map<String, YamlNode> nodesById = new LinkedHashMap<>();
        List<Question.Step> steps = new ArrayList<>();
        for (YamlNode s : stepNodes) {
            String stepId = s.slug("id", problems);
            if (stepId == null) {
                continue;
            }
            if (nodesById.putIfAbsent(stepId, s) != null) {
                problems.add(s, "duplicateSlug", stepId);
                continue;
            }
            steps.add(new Question.Step(stepId, s.localized("text", problems, true), choices(s, stepId, competency)));
        }
        String start = q.optionalText("start").orElse(steps.isEmpty() ? null : steps.getFirst().id());
        if (start != null && !nodesById.containsKey(start)) {
            problems.add(q.get("start").orElse(q), "unknownStep", start);
            return new Question.Scenario(id, competency, text, vignette, start, steps, explanation, source);
        }
        checkGraph(start, steps, nodesById);
        return new Question.Scenario(id, competency, text, vignette, start, steps, explanation, source);
    }

    private List<Question.StepChoice> choices(YamlNode step, String stepId, String competency) {
        List<YamlNode> nodes = step.get("choices").map(YamlNode::items).orElse(List.of());
        if (nodes.isEmpty()) {
            problems.add(step, "neverEnds", stepId);
        }
        List<Question.StepChoice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode c : nodes) {
            String id = c.slug("id", problems);
            if (id != null && !ids.add(id)) {
                problems.add(c, "duplicateSlug", id);
            }
            Optional<String> next = c.optionalText("next");
            Question.Ending end = null;
            if (c.get("end").isPresent()) {
                YamlNode e = c.get("end").orElseThrow();
                String outcome = e.optionalText("outcome").orElse("");
                if (!outcome.equals("good") && !outcome.equals("bad")) {
                    problems.add(e, "invalidValue", "outcome", outcome);
                }
                end = new Question.Ending(outcome.equals("good"), e.localized("text", problems, true));
            }
            if (next.isPresent() == (end != null)) {
                problems.add(c, "nextOrEnd", id);
            }
            choices.add(new Question.StepChoice(id, c.localized("text", problems, true),
                    c.integer("points", 0, -100, 100, problems), c.optionalText("competency").orElse(competency),
                    c.localized("feedback", problems, true), next.orElse(null), end));
        }
        return choices;
    }

    private void checkGraph(String start, List<Question.Step> steps, Map<String, YamlNode> nodes) {
        Map<String, List<String>> edges = new HashMap<>();
        for (Question.Step step : steps) {
            List<String> targets = new ArrayList<>();
            for (Question.StepChoice choice : step.choices()) {
                if (choice.next() == null) {
                    continue;
                }
                if (!nodes.containsKey(choice.next())) {
                    problems.add(nodes.get(step.id()), "unknownStep", choice.next());
                } else {
                    targets.add(choice.next());
                }
            }
            edges.put(step.id(), targets);
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (reached.add(current)) {
                queue.addAll(edges.getOrDefault(current, List.of()));
            }
        }
        for (Question.Step step : steps) {
            if (!reached.contains(step.id())) {
                problems.add(nodes.get(step.id()), "unreachableStep", step.id());
            }
        }
        findCycle(start, edges, new HashSet<>(), new HashSet<>())
                .ifPresent(looping -> problems.add(nodes.get(looping), "neverEnds", looping));
    }

    private Optional<String> findCycle(String step, Map<String, List<String>> edges, Set<String> onPath,
            Set<String> done) {
        if (onPath.contains(step)) {
            return Optional.of(step);
        }
        if (!done.add(step)) {
            return Optional.empty();
        }
        onPath.add(step);
        for (String next : edges.getOrDefault(step, List.of())) {
            Optional<String> cycle = findCycle(next, edges, onPath, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        onPath.remove(step);
        return Optional.empty();
    }
}
