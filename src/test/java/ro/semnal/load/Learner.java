package ro.semnal.load;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

import ro.semnal.testsupport.vaadin.QuizTab;

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

    /** -Dload.trace=true prints when each step starts, to match the server's log with the steps. */
    private static final boolean TRACE = Boolean.getBoolean("load.trace");

    private final LoadConfig config;
    private final StepStats stats;
    private final QuizTab tab;
    private final String email;

    Learner(LoadConfig config, StepStats stats, String email) {
        this.config = config;
        this.stats = stats;
        this.email = email;
        this.tab = new QuizTab(config.base(), config.timeout());
    }

    void signIn() throws IOException, InterruptedException {
        step("login page", tab::openLogin);
        think();
        step("sign in", () -> tab.submitLogin(email, config.password()));
    }

    void browse() throws IOException, InterruptedException {
        String course = "course/" + config.course();
        think();
        step("catalog", () -> tab.navigate("catalog", "course-card-" + config.course()));
        think();
        step("course", () -> tab.navigate(course, "item-" + config.lesson()));
        think();
        step("lesson", () -> tab.navigate(course + "/lesson/" + config.lesson(), "lesson-content"));
        think();
        step("quiz intro", () -> tab.navigate(course + "/quiz/" + config.quiz(), "start-quiz"));
    }

    /** A learner coming back on quiz day: from the start page straight to the course and its quiz. */
    void returnToQuiz() throws IOException, InterruptedException {
        String course = "course/" + config.course();
        think();
        step("course", () -> tab.navigate(course, "item-" + config.lesson()));
        think();
        step("quiz intro", () -> tab.navigate(course + "/quiz/" + config.quiz(), "start-quiz"));
    }

    void takeQuiz(boolean pauseBeforeStart) throws IOException, InterruptedException {
        if (pauseBeforeStart) {
            think();
        }
        step("start quiz", tab::startQuiz);
        int total = tab.progress().total();
        for (int question = 1; question <= total; question++) {
            quizThink();
            step("answer", tab::answerFirstOption);
            if (question < total) {
                pause(1, 3);
                step("next question", tab::next);
            }
        }
        quizThink();
        step("submit", tab::submitAttempt);
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
            tab.leave();
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // the run is over; a failed goodbye changes nothing measured
        } finally {
            tab.close();
        }
    }
}
