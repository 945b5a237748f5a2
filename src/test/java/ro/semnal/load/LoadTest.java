package ro.semnal.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load driver: N virtual users (virtual threads, one cookie jar each) started evenly over the ramp-up, each
 * running the scripted {@link Learner}, bounded by the run's duration. Modes:
 * <ul>
 * <li>{@code scenario}: the whole learner, with think times between steps; with {@code --returning=0.5} half of
 * them come back on quiz day and go from the start page to the course and its quiz;</li>
 * <li>{@code hold}: sign in and open the quiz page, then keep the UI open until the end (for heap per UI);</li>
 * <li>{@code barrier}: sign in and open the quiz page, wait until all N are there, start the quiz at the same
 * instant, answer and submit.</li>
 * </ul>
 * Prints p50/p95/p99 per step and the errors. Run by {@code scripts/load.sh}.
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        LoadConfig config = LoadConfig.parse(args, start);
        StepStats stats = new StepStats();
        CountDownLatch ready = new CountDownLatch(config.users());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger stoppedByTime = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        System.out.printf("%s: %d users from load-%05d, ramp %.0f s, at most %d s, think %.0f-%.0f s, quiz think "
                + "%.0f-%.0f s, %s, load average %s%n", config.mode(), config.users(), config.first(),
                config.rampSeconds(), config.durationSeconds(), config.thinkMin(), config.thinkMax(),
                config.quizThinkMin(), config.quizThinkMax(), config.base(), loadAverage());
        List<Learner> learners = new ArrayList<>();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < config.users(); i++) {
                long at = start + (long) (config.rampSeconds() * 1e9 * i / config.users());
                Learner learner = new Learner(config, stats, LoadSeed.email(config.first() + i));
                learners.add(learner);
                AtomicBoolean counted = new AtomicBoolean();
                Runnable arrived = () -> {
                    if (counted.compareAndSet(false, true)) {
                        ready.countDown();
                    }
                };
                boolean returning = i % 100 < config.returning() * 100;
                users.submit(() -> {
                    try {
                        sleepUntil(at);
                        run(config, learner, returning, arrived, go);
                        finished.incrementAndGet();
                    } catch (Learner.TimeUp timeUp) {
                        stoppedByTime.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    } finally {
                        arrived.run();
                    }
                    return null;
                });
            }
            if (!config.mode().equals("scenario")) {
                // every learner is on the quiz page (or failed); a barrier run waits a little (for a profiler)
                ready.await(config.durationSeconds(), TimeUnit.SECONDS);
                System.out.printf("%s: %d learners on the quiz page (%d failed); load average %s%n",
                        config.mode().equals("hold") ? "HOLDING" : "BARRIER", config.users() - failed.get(),
                        failed.get(), loadAverage());
                Files.writeString(Path.of(System.getProperty("load.readyFile", "target/load/ready")), "ready\n");
                TimeUnit.MILLISECONDS.sleep(Long.getLong("load.barrierDelayMillis", 0));
                go.countDown();
            }
        }
        learners.forEach(Learner::leave);
        System.out.printf("%nusers: %d finished the script, %d stopped by the time limit, %d stopped by an error; "
                + "%.0f s; load average %s%n%n", finished.get(), stoppedByTime.get(), failed.get(),
                (System.nanoTime() - start) / 1e9, loadAverage());
        System.out.print(stats.table());
        System.exit(stats.totalErrors() == 0 ? 0 : 1);
    }

    private static void run(LoadConfig config, Learner learner, boolean returning, Runnable arrived,
            CountDownLatch go)
            throws Exception {
        switch (config.mode()) {
            case "scenario" -> {
                learner.signIn();
                if (returning) {
                    learner.returnToQuiz();
                } else {
                    learner.browse();
                }
                learner.takeQuiz(true);
            }
            case "hold" -> {
                learner.signIn();
                learner.browse();
                arrived.run();
                sleepUntil(config.deadlineNanos());
            }
            case "barrier" -> {
                learner.signIn();
                learner.browse();
                arrived.run();
                if (!go.await(config.deadlineNanos() - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    throw new IllegalStateException("the barrier never opened");
                }
                learner.takeQuiz(false);
            }
            default -> throw new IllegalArgumentException("mode is scenario, hold or barrier");
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
