package ro.semnal.load;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ro.semnal.testsupport.vaadin.UiTree;
import ro.semnal.testsupport.vaadin.VaadinClient;

/**
 * The scripted learner: sign in, open the catalog, the course, a lesson and the quiz, start it, answer every
 * question (the first option shown, then "next"), submit and confirm. Each step is one user action, timed from the
 * request to the server's answer, and checked against what the learner would see; a failed step ends the script.
 */
final class Learner {

    /** Thrown when the run's time is up during a pause: the learner just stops, it is not an error. */
    static final class TimeUp extends RuntimeException {
        TimeUp() {
            super(null, null, false, false);
        }
    }

    interface Step {
        void run() throws IOException, InterruptedException;
    }

    private static final Pattern PROGRESS = Pattern.compile("(\\d+)\\D+(\\d+)\\D+(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** -Dload.trace=true prints when each step starts, to match the server's log with the steps. */
    private static final boolean TRACE = Boolean.getBoolean("load.trace");

    private final LoadConfig config;
    private final StepStats stats;
    private final VaadinClient client;
    private final String email;

    Learner(LoadConfig config, StepStats stats, String email) {
        this.config = config;
        this.stats = stats;
        this.email = email;
        this.client = new VaadinClient(config.base(), config.timeout());
    }

    void signIn() throws IOException, InterruptedException {
        step("login page", () -> client.open("login"));
        think();
        step("sign in", () -> client.login(email, config.password()));
    }

    void browse() throws IOException, InterruptedException {
        String course = "course/" + config.course();
        think();
        step("catalog", () -> navigate("catalog", "course-card-" + config.course()));
        think();
        step("course", () -> navigate(course, "item-" + config.lesson()));
        think();
        step("lesson", () -> navigate(course + "/lesson/" + config.lesson(), "lesson-content"));
        think();
        step("quiz intro", () -> navigate(course + "/quiz/" + config.quiz(), "start-quiz"));
    }

    /** A learner coming back on quiz day: from the start page straight to the course and its quiz. */
    void returnToQuiz() throws IOException, InterruptedException {
        String course = "course/" + config.course();
        think();
        step("course", () -> navigate(course, "item-" + config.lesson()));
        think();
        step("quiz intro", () -> navigate(course + "/quiz/" + config.quiz(), "start-quiz"));
    }

    void takeQuiz(boolean pauseBeforeStart) throws IOException, InterruptedException {
        if (pauseBeforeStart) {
            think();
        }
        step("start quiz", () -> {
            client.click(need("start-quiz"));
            need("question");
        });
        int total = progress()[1];
        for (int question = 1; question <= total; question++) {
            quizThink();
            int answered = progress()[2];
            step("answer", () -> answer(answered));
            if (question < total) {
                pause(1, 3);
                int at = question;
                step("next question", () -> {
                    client.click(need("next-question"));
                    if (progress()[0] != at + 1) {
                        throw new VaadinClient.ProtocolException("still on question " + progress()[0]);
                    }
                });
            }
        }
        quizThink();
        step("submit", () -> {
            client.click(need("submit-attempt"));
            client.domEvent(need("confirm-submit"), "confirm");
            need("attempt-outcome");
        });
    }

    /** The first option of the question shown: a radio group takes the option's key, a checkbox group a list. */
    private void answer(int answeredBefore) throws IOException, InterruptedException {
        UiTree tree = client.tree();
        UiTree.Node input = tree.findAll(need("question"), n -> n.attribute("id") != null
                && n.attribute("id").startsWith("answer-")).stream().findFirst()
                .orElseThrow(() -> new VaadinClient.ProtocolException("no answer input in the question"));
        List<UiTree.Node> options = tree.options(input);
        if (options.isEmpty()) {
            throw new VaadinClient.ProtocolException("no options in " + input + " (" + input.tag + ")");
        }
        String key = options.getFirst().property("value");
        JsonNode value = "vaadin-checkbox-group".equals(input.tag) ? JSON.createArrayNode().add(key)
                : JSON.getNodeFactory().textNode(key);
        client.setProperty(input, "value", value);
        if (progress()[2] != answeredBefore + 1) {
            throw new VaadinClient.ProtocolException("the answer was not saved: " + client.tree().text(need("attempt-progress")));
        }
    }

    /** Question shown, number of questions, answered: parsed from "Întrebarea 2 din 10 · 1 cu răspuns". */
    private int[] progress() throws VaadinClient.ProtocolException {
        String text = client.tree().text(need("attempt-progress"));
        Matcher m = PROGRESS.matcher(text);
        if (!m.find()) {
            throw new VaadinClient.ProtocolException("unreadable progress: " + text);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private void navigate(String route, String expectedId) throws IOException, InterruptedException {
        client.navigate(route, "link");
        need(expectedId);
    }

    private UiTree.Node need(String id) throws VaadinClient.ProtocolException {
        return client.tree().byId(id).orElseThrow(() -> new VaadinClient.ProtocolException("no #" + id + " shown"));
    }

    private void step(String name, Step step) throws IOException, InterruptedException {
        if (System.nanoTime() > config.deadlineNanos()) {
            throw new TimeUp();
        }
        long start = System.nanoTime();
        if (TRACE) {
            System.out.println("TRACE " + java.time.Instant.now() + " " + email + " " + name);
        }
        try {
            step.run();
            stats.ok(name, System.nanoTime() - start);
        } catch (IOException | RuntimeException e) {
            stats.error(name, System.nanoTime() - start, e);
            throw e;
        }
    }

    private void think() throws InterruptedException {
        pause(config.thinkMin(), config.thinkMax());
    }

    private void quizThink() throws InterruptedException {
        pause(config.quizThinkMin(), config.quizThinkMax());
    }

    private void pause(double minSeconds, double maxSeconds) throws InterruptedException {
        long millis = (long) (1000 * ThreadLocalRandom.current().nextDouble(minSeconds, Math.nextUp(maxSeconds)));
        long remaining = (config.deadlineNanos() - System.nanoTime()) / 1_000_000;
        if (millis >= remaining) {
            Thread.sleep(Math.max(0, remaining));
            throw new TimeUp();
        }
        Thread.sleep(millis);
    }

    /** Leaves the page as a closing browser tab does, so the server can free the UI. */
    void leave() {
        try {
            client.unload();
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // the run is over; a failed goodbye changes nothing measured
        } finally {
            client.close();
        }
    }
}
