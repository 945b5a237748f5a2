package ro.semnal.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import ro.semnal.assessment.Answer;
import ro.semnal.assessment.Grader;
import ro.semnal.assessment.QuestionScore;
import ro.semnal.assessment.QuizScore;
import ro.semnal.catalog.Localized;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuestionType;

/**
 * Grading on its own (no Spring, no database): what {@code AssessmentService.submit} does in memory for
 * one attempt. A realistic 15-question attempt (4 single choice, 3 multiple choice, 3 true/false,
 * 2 matching, 2 ordering, 1 four-step scenario) answered with a mix of right, partly right and wrong
 * answers, graded question by question with {@link Grader#grade} and summed with {@link Grader#total};
 * and the scenario question alone, whose grading walks the scenario graph for the best path.
 *
 * <p>Run with {@code scripts/bench.sh grading} (see docs/benchmarks.md). Not a JUnit test: {@code mvn verify}
 * compiles it (JMH's annotation processor generates the harness) but never runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GradingBenchmark {

    private final Grader grader = new Grader();

    /** The attempt's questions in the order drawn, and the saved answer to each. */
    private List<Question> questions;
    private Map<String, Answer> answers;
    private Question.Scenario scenario;
    private Answer.Scenario scenarioPath;

    @Setup(Level.Trial)
    public void attempt() {
        questions = new ArrayList<>();
        answers = new LinkedHashMap<>();

        // single choice: 3 right, 1 wrong
        single("s1", "first-response", "safety", "safety", "fine", "deport", "ignore");
        single("s2", "identification", "documents", "documents", "tourist", "student", "holiday");
        single("s3", "referral", "anitp", "anitp", "embassy", "employer", "nobody");
        single("s4", "legal-framework", "art210", "art211", "art210", "art182", "art374");
        // multiple choice: one fully right, one partly right, one with a wrong pick
        multiple("m1", "identification", Set.of("debt", "documents", "isolation"),
                Set.of("debt", "documents", "isolation"), "debt", "documents", "isolation", "salary", "contract");
        multiple("m2", "identification", Set.of("bruises", "fear"), Set.of("bruises", "fear", "scripted"),
                "bruises", "fear", "scripted", "tired", "shy");
        multiple("m3", "first-response", Set.of("interpreter", "police"), Set.of("interpreter", "alone"),
                "interpreter", "alone", "police", "employer");
        // true/false: 2 right, 1 wrong
        trueFalse("t1", "legal-framework", false, "false");
        trueFalse("t2", "legal-framework", true, "true");
        trueFalse("t3", "referral", true, "false");
        // matching: 4 pairs, one all right, one half right
        matching("x1", "referral", Map.of("child", "child", "adult", "adult", "labour", "labour", "foreign", "foreign"),
                "child", "adult", "labour", "foreign");
        matching("x2", "referral", Map.of("child", "adult", "adult", "child", "labour", "labour", "foreign", "foreign"),
                "child", "adult", "labour", "foreign");
        // ordering: 5 items, one right, one with two swapped
        ordering("o1", "referral", List.of("safety", "identity", "rights", "notify", "refer"),
                "safety", "identity", "rights", "notify", "refer");
        ordering("o2", "first-response", List.of("identity", "safety", "rights", "notify", "refer"),
                "safety", "identity", "rights", "notify", "refer");
        // a four-step scenario over three competencies, answered along a good but not the best path
        scenario = scenario("case");
        scenarioPath = new Answer.Scenario(List.of("alone", "documents", "shelter", "helpline"));
        questions.add(scenario);
        answers.put(scenario.id(), scenarioPath);

        if (questions.size() != 15 || grader.total(gradeAll()).percent() <= 0) {
            throw new IllegalStateException("The benchmark attempt is not the 15-question attempt it claims to be");
        }
    }

    /** The whole attempt: every question graded, then the total and the points per competency. */
    @Benchmark
    public QuizScore gradeAttempt() {
        return grader.total(gradeAll());
    }

    /** One four-step scenario question. */
    @Benchmark
    public QuestionScore gradeScenario() {
        return grader.grade(scenario, scenarioPath);
    }

    private List<QuestionScore> gradeAll() {
        List<QuestionScore> scores = new ArrayList<>(questions.size());
        for (Question question : questions) {
            scores.add(grader.grade(question, answers.get(question.id())));
        }
        return scores;
    }

    private static Localized text(String id) {
        return new Localized("Text " + id + " în română", "Text " + id + " in English");
    }

    private void single(String id, String competency, String correct, String picked, String... options) {
        choice(id, QuestionType.SINGLE, competency, Set.of(correct), Set.of(picked), options);
    }

    private void multiple(String id, String competency, Set<String> correct, Set<String> picked, String... options) {
        choice(id, QuestionType.MULTIPLE, competency, correct, picked, options);
    }

    private void trueFalse(String id, String competency, boolean answer, String picked) {
        choice(id, QuestionType.TRUE_FALSE, competency, Set.of(Boolean.toString(answer)), Set.of(picked), "true",
                "false");
    }

    private void choice(String id, QuestionType type, String competency, Set<String> correct, Set<String> picked,
            String... options) {
        List<Question.Option> list = new ArrayList<>();
        for (String option : options) {
            list.add(new Question.Option(option, text(option), correct.contains(option), text(option + "-feedback")));
        }
        add(new Question.Choice(id, type, competency, text(id), List.copyOf(list), text(id + "-why"), "ILO"),
                new Answer.Choice(picked));
    }

    private void matching(String id, String competency, Map<String, String> given, String... pairs) {
        List<Question.Pair> list = new ArrayList<>();
        for (String pair : pairs) {
            list.add(new Question.Pair(pair, text(pair + "-left"), text(pair + "-right")));
        }
        add(new Question.Matching(id, competency, text(id), List.copyOf(list), text(id + "-why"), "HG 88/2023"),
                new Answer.Matching(given));
    }

    private void ordering(String id, String competency, List<String> given, String... items) {
        List<Question.OrderItem> list = new ArrayList<>();
        for (String item : items) {
            list.add(new Question.OrderItem(item, text(item)));
        }
        add(new Question.Ordering(id, competency, text(id), List.copyOf(list), text(id + "-why"), "HG 88/2023"),
                new Answer.Ordering(given));
    }

    private void add(Question question, Answer answer) {
        questions.add(question);
        answers.put(question.id(), answer);
    }

    /** start → assess → safety → refer, with dead ends on the way; the best path earns 8 points. */
    private static Question.Scenario scenario(String id) {
        Question.Ending bad = new Question.Ending(false, text("bad-ending"));
        Question.Ending good = new Question.Ending(true, text("good-ending"));
        List<Question.Step> steps = List.of(
                new Question.Step("start", text("start"), List.of(
                        choice("alone", 2, "identification", "assess", null),
                        choice("companion", 0, "identification", null, bad),
                        choice("police-now", 1, "first-response", "assess", null))),
                new Question.Step("assess", text("assess"), List.of(
                        choice("indicators", 2, "identification", "safety", null),
                        choice("documents", 1, "identification", "safety", null),
                        choice("leave", 0, "identification", null, bad))),
                new Question.Step("safety", text("safety"), List.of(
                        choice("shelter", 2, "first-response", "refer", null),
                        choice("send-home", 0, "first-response", "refer", null),
                        choice("employer", 0, "first-response", null, bad))),
                new Question.Step("refer", text("refer"), List.of(
                        choice("helpline", 2, "referral", null, good),
                        choice("dgaspc", 1, "referral", null, good),
                        choice("nothing", 0, "referral", null, bad))));
        return new Question.Scenario(id, "first-response", text(id), text(id + "-vignette"), "start", steps,
                text(id + "-why"), "WHO");
    }

    private static Question.StepChoice choice(String id, int points, String competency, String next,
            Question.Ending end) {
        return new Question.StepChoice(id, text(id), points, competency, text(id + "-feedback"), next, end);
    }
}
