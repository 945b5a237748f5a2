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
 * <li>{@code scenario}: the whole learner, with think times between steps;</li>
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
                users.submit(() -> {
                    try {
                        sleepUntil(at);
                        run(config, learner, arrived, ready);
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
            if (config.mode().equals("hold")) {
                ready.await(config.durationSeconds(), TimeUnit.SECONDS);
                System.out.printf("HOLDING %d UIs open (%d failed); load average %s%n",
                        config.users() - failed.get(), failed.get(), loadAverage());
                Files.writeString(Path.of(System.getProperty("load.readyFile", "target/load/ready")), "ready\n");
            }
        }
        learners.forEach(Learner::leave);
        System.out.printf("%nusers: %d finished the script, %d stopped by the time limit, %d stopped by an error; "
                + "%.0f s; load average %s%n%n", finished.get(), stoppedByTime.get(), failed.get(),
                (System.nanoTime() - start) / 1e9, loadAverage());
        System.out.print(stats.table());
        System.exit(stats.totalErrors() == 0 ? 0 : 1);
    }

    private static void run(LoadConfig config, Learner learner, Runnable arrived, CountDownLatch ready)
            throws Exception {
        switch (config.mode()) {
            case "scenario" -> {
                learner.signIn();
                learner.browse();
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
                if (!ready.await((config.deadlineNanos() - System.nanoTime()) / 2, TimeUnit.NANOSECONDS)) {
                    throw new IllegalStateException("not every learner reached the quiz page in time");
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
