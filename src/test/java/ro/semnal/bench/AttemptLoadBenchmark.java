package ro.semnal.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import ro.semnal.SemnalApplication;
import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Registration;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.assessment.Answer;
import ro.semnal.assessment.AssessmentService;
import ro.semnal.assessment.AttemptPage;
import ro.semnal.assessment.AttemptResult;
import ro.semnal.base.i18n.Language;
import ro.semnal.learning.LearningService;

/**
 * N learners start the same timed quiz at the same moment, answer every question and submit, through the
 * real services of a running Semnal (Spring Boot, Hibernate, HikariCP, MariaDB): the load of a trainer
 * telling a room, or a whole county, "start the exam now".
 *
 * <p>Before the clock starts: the application starts on an empty MariaDB database (the script creates it),
 * N learners are created in parallel (BCrypt is slow on purpose) and enrolled in {@code quiz-course}, and a
 * few warm-up learners take the exam so the JIT and the connection pool are warm. Then all N threads are
 * released together; each one, signed in as its learner the way the UI's request threads are, calls
 * {@code start}, {@code page} once, {@code answer} once per question shown (the page returned is what the UI
 * re-renders) and {@code submit}, and checks the result (100%, passed). Everything is bounded: N learners,
 * one attempt each, and a deadline ({@code -Dbench.timeoutSeconds}, default 300) after which the
 * unfinished ones are cancelled and counted as errors.
 *
 * <p>Not a JUnit test ({@code mvn verify} never runs it). Run with {@code scripts/bench.sh attempts [N]}.
 * Settings: {@code -Dbench.learners=300}, {@code -Dbench.warmup=100}, {@code -Dbench.timeoutSeconds=300},
 * {@code -Dbench.threads=virtual|platform} (default virtual, as the application's request threads),
 * {@code -Dbench.thinkMillis=0} (a learner's pause before each answer and before submitting, uniformly
 * random between half and one and a half times this; 0, the default, is the worst case: no pause at all),
 * and {@code --name=value} arguments, passed to Spring Boot and overriding the defaults below.
 */
public final class AttemptLoadBenchmark {

    static final String COURSE = "quiz-course";
    static final String QUIZ = "exam";
    static final String PASSWORD = "correct-horse-battery";

    /** The right answer to each question of quiz-course's exam (every question type, drawn 6 of 6). */
    static final Map<String, Answer> RIGHT_ANSWERS = Map.of(
            "single", new Answer.Choice(Set.of("safety")),
            "multiple", new Answer.Choice(Set.of("documents", "debt")),
            "truth", new Answer.Choice(Set.of("false")),
            "match", new Answer.Matching(Map.of("child", "child", "adult", "adult")),
            "order", new Answer.Ordering(List.of("notify", "identity", "rights")),
            "case", new Answer.Scenario(List.of("alone", "helpline")));

    private final AccountService accounts;
    private final LearningService learning;
    private final AssessmentService assessment;
    private final SecurityContextHolderStrategy security;
    private final ConfigurableApplicationContext context;
    private final long thinkMillis = Long.getLong("bench.thinkMillis", 0);

    private AttemptLoadBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.accounts = context.getBean(AccountService.class);
        this.learning = context.getBean(LearningService.class);
        this.assessment = context.getBean(AssessmentService.class);
        this.security = context.getBean(SecurityContextHolderStrategy.class);
    }

    public static void main(String[] args) throws Exception {
        int learners = Integer.getInteger("bench.learners", 300);
        int warmup = Integer.getInteger("bench.warmup", 100);
        Duration timeout = Duration.ofSeconds(Integer.getInteger("bench.timeoutSeconds", 300));
        boolean virtual = !"platform".equals(System.getProperty("bench.threads", "virtual"));
        if (learners < 1 || learners > 5_000) {
            throw new IllegalArgumentException("bench.learners must be between 1 and 5000");
        }

        Map<String, String> spring = new LinkedHashMap<>();
        spring.put("spring.profiles.active", "test,mysql,mariadb");
        spring.put("semnal.catalog.folder", "src/test/resources/courses");
        spring.put("server.port", "0");
        spring.put("server.address", "127.0.0.1");
        spring.put("spring.datasource.url", "jdbc:mysql://127.0.0.1:3306/semnal_bench?useUnicode=true"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC"
                + "&allowPublicKeyRetrieval=true&sslMode=DISABLED");
        spring.put("spring.datasource.username", "root");
        spring.put("spring.datasource.password", "");
        for (String arg : args) { // --name=value overrides a default (Spring would join two values with a comma)
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            spring.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String[] springArgs = spring.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);

        int exit;
        long bootStart = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SemnalApplication.class)
                .run(springArgs)) {
            System.out.printf(Locale.ROOT, "%nSemnal started in %.1f s on %s%n", (System.nanoTime() - bootStart) / 1e9,
                    spring.get("spring.datasource.url").replaceAll("\\?.*", ""));
            exit = new AttemptLoadBenchmark(context).run(learners, warmup, timeout, virtual,
                    context.getBean(DataSource.class));
        }
        System.exit(exit);
    }

    private int run(int learners, int warmup, Duration timeout, boolean virtual, DataSource dataSource)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();

        long setup = System.nanoTime();
        List<UserAccount> users = createAndEnrol(learners + warmup, deadline);
        System.out.printf(Locale.ROOT, "Created and enrolled %d learners in %.1f s (not measured)%n", users.size(),
                (System.nanoTime() - setup) / 1e9);

        if (warmup > 0) {
            Report warm = attempts(users.subList(learners, users.size()), deadline, virtual, null);
            System.out.printf(Locale.ROOT, "Warm-up: %d attempts, %d errors (not measured)%n", warm.ok(),
                    warm.errors().values().stream().mapToInt(Integer::intValue).sum());
        }

        PoolSampler pool = PoolSampler.start(dataSource);
        Map<String, Long> before = serverStatus(dataSource);
        Resources start = Resources.now(context);
        Report report = attempts(users.subList(0, learners), deadline, virtual, pool);
        Resources end = Resources.now(context);
        Map<String, Long> after = serverStatus(dataSource);
        pool.stop();
        report.print(learners, virtual, pool);
        end.printSince(start, report.ok(), pool.max);
        printServerWork(before, after, report.ok());
        return report.errors().isEmpty() && report.ok() == learners ? 0 : 1;
    }

    private static final List<String> STATUS = List.of("Questions", "Com_select", "Com_insert", "Com_update",
            "Com_commit", "Com_rollback", "Com_set_option", "Innodb_row_lock_waits", "Innodb_deadlocks",
            "Innodb_data_fsyncs");

    /** MariaDB's global counters (statements, commits, lock waits, fsyncs), to see the work per attempt. */
    private static Map<String, Long> serverStatus(DataSource dataSource) {
        Map<String, Long> status = new TreeMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SHOW GLOBAL STATUS")) {
            while (rows.next()) {
                if (STATUS.contains(rows.getString(1))) {
                    status.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (java.sql.SQLException notMariaDb) {
            // H2 or no permission: the report just leaves this part out
        }
        return status;
    }

    private static void printServerWork(Map<String, Long> before, Map<String, Long> after, int attempts) {
        if (before.isEmpty() || after.isEmpty() || attempts == 0) {
            return;
        }
        System.out.println("\nDatabase server work during the measured run (global counters, whole server):");
        System.out.println("| counter | total | per attempt |");
        System.out.println("|---|---:|---:|");
        for (String name : STATUS) {
            if (before.containsKey(name) && after.containsKey(name)) {
                long delta = after.get(name) - before.get(name);
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f |%n", name, delta, (double) delta / attempts);
            }
        }
    }

    /** Creates the learners in parallel (one task per core: BCrypt is CPU-bound) and enrols each as itself. */
    private List<UserAccount> createAndEnrol(int count, long deadline) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<UserAccount>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    UserAccount user = accounts.create(new Registration("Cursant Bench " + letters(n),
                            "bench-" + run + "-" + n + "@bench.semnal.ro", PASSWORD, PASSWORD,
                            Profession.POLICE_OFFICER, "IPJ Cluj", County.CJ, Language.RO), Set.of(Role.LEARNER));
                    signIn(user);
                    try {
                        learning.enrol(COURSE);
                    } finally {
                        security.clearContext();
                    }
                    return user;
                }));
            }
            List<UserAccount> users = new ArrayList<>();
            for (Future<UserAccount> future : futures) {
                users.add(future.get(remaining(deadline), TimeUnit.NANOSECONDS));
            }
            return users;
        } finally {
            pool.shutdownNow();
        }
    }

    /** All the learners' threads wait at a latch, are released together and take the exam once each. */
    private Report attempts(List<UserAccount> users, long deadline, boolean virtual, PoolSampler pool)
            throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(users.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = virtual ? Executors.newVirtualThreadPerTaskExecutor()
                : Executors.newFixedThreadPool(users.size());
        List<Future<Timings>> futures = new ArrayList<>();
        for (UserAccount user : users) {
            Callable<Timings> attempt = () -> {
                signIn(user);
                try {
                    ready.countDown();
                    go.await();
                    return attempt(user);
                } finally {
                    security.clearContext();
                }
            };
            futures.add(threads.submit(attempt));
        }
        Report report = new Report();
        try {
            if (!ready.await(remaining(deadline), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("Threads not ready before the deadline");
            }
            if (pool != null) {
                pool.reset();
            }
            long t0 = System.nanoTime();
            go.countDown();
            for (Future<Timings> future : futures) {
                try {
                    report.add(future.get(remaining(deadline), TimeUnit.NANOSECONDS));
                } catch (ExecutionException e) {
                    report.error(e.getCause());
                } catch (TimeoutException e) {
                    report.error(e);
                    future.cancel(true);
                }
            }
            report.wallNanos = System.nanoTime() - t0;
            report.checkDistinctAttempts();
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
        return report;
    }

    /** One learner's attempt; every call timed on its own, and the whole attempt. */
    private Timings attempt(UserAccount user) {
        Timings t = new Timings();
        long begin = System.nanoTime();

        long at = System.nanoTime();
        long attemptId = assessment.start(COURSE, QUIZ);
        t.start = micros(at);

        at = System.nanoTime();
        AttemptPage page = assessment.page(attemptId);
        t.page = micros(at);

        for (AttemptPage.ShownQuestion question : page.questions()) {
            Answer answer = RIGHT_ANSWERS.get(question.id());
            if (answer == null) {
                throw new IllegalStateException("Unexpected question " + question.id());
            }
            think();
            at = System.nanoTime();
            page = assessment.answer(attemptId, question.id(), answer);
            t.answers.add(micros(at));
        }
        if (page.answered() != RIGHT_ANSWERS.size()) {
            throw new IllegalStateException("Only " + page.answered() + " answers saved for " + user.email());
        }

        think();
        at = System.nanoTime();
        AttemptResult result = assessment.submit(attemptId);
        t.submit = micros(at);
        t.whole = micros(begin);

        if (result.attemptId() != attemptId || result.percent() != 100.0 || !Boolean.TRUE.equals(result.passed())) {
            throw new IllegalStateException("Wrong result for " + user.email() + ": " + result.percent() + "%");
        }
        t.attemptId = attemptId;
        return t;
    }

    private void think() {
        if (thinkMillis > 0) {
            try {
                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(thinkMillis / 2,
                        thinkMillis * 3 / 2 + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
    }

    /** 0 → a, 25 → z, 26 → ba: full names may hold letters only. */
    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        do {
            name.insert(0, (char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return name.toString();
    }

    private void signIn(UserAccount user) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.email(), null,
                user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
    }

    private static long micros(long fromNanos) {
        return (System.nanoTime() - fromNanos) / 1_000;
    }

    private static long remaining(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }

    static final class Timings {
        long attemptId;
        long start;
        long page;
        final List<Long> answers = new ArrayList<>();
        long submit;
        long whole;
    }

    static final class Report {
        final List<Timings> timings = new ArrayList<>();
        final Map<String, Integer> errors = new TreeMap<>();
        long wallNanos;

        void add(Timings t) {
            timings.add(t);
        }

        void error(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String key = e.getClass().getSimpleName() + (root == e ? "" : " <- " + root.getClass().getSimpleName())
                    + ": " + String.valueOf(root.getMessage()).lines().findFirst().orElse("");
            errors.merge(key.length() > 200 ? key.substring(0, 200) : key, 1, Integer::sum);
        }

        int ok() {
            return timings.size();
        }

        Map<String, Integer> errors() {
            return errors;
        }

        void checkDistinctAttempts() {
            Set<Long> ids = new HashSet<>();
            timings.forEach(t -> {
                if (!ids.add(t.attemptId)) {
                    errors.merge("Two learners got the same attempt " + t.attemptId, 1, Integer::sum);
                }
            });
        }

        void print(int learners, boolean virtual, PoolSampler pool) {
            int errorCount = errors().values().stream().mapToInt(Integer::intValue).sum();
            double seconds = wallNanos / 1e9;
            long think = Long.getLong("bench.thinkMillis", 0);
            System.out.printf(Locale.ROOT, "%n=== %d learners start quiz-course/exam together (%s threads, %s) ===%n",
                    learners, virtual ? "virtual" : "platform",
                    think == 0 ? "no pause between answers" : "about " + think + " ms pause before each answer");
            System.out.printf(Locale.ROOT, "completed attempts: %d, errors: %d, wall time: %.2f s, "
                    + "throughput: %.1f attempts/s%n", ok(), errorCount, seconds, ok() / seconds);
            System.out.printf(Locale.ROOT, "connection pool (max %d): peak active %d, peak threads waiting %d%n%n",
                    pool.max, pool.peakActive.get(), pool.peakWaiting.get());
            System.out.println("| operation | count | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            row("start", timings.stream().mapToLong(t -> t.start).toArray());
            row("page", timings.stream().mapToLong(t -> t.page).toArray());
            row("answer", timings.stream().flatMap(t -> t.answers.stream()).mapToLong(Long::longValue).toArray());
            row("submit", timings.stream().mapToLong(t -> t.submit).toArray());
            row("whole attempt", timings.stream().mapToLong(t -> t.whole).toArray());
            System.out.println("\n(latencies measured in microseconds, shown in milliseconds)");
            if (!errors.isEmpty()) {
                System.out.println("\nErrors:");
                errors.forEach((message, count) -> System.out.printf("  %5d x %s%n", count, message));
            }
        }

        private static void row(String name, long[] micros) {
            if (micros.length == 0) {
                System.out.printf("| %s | 0 | - | - | - | - |%n", name);
                return;
            }
            Arrays.sort(micros);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", name, micros.length,
                    pct(micros, 50) / 1e3, pct(micros, 95) / 1e3, pct(micros, 99) / 1e3,
                    micros[micros.length - 1] / 1e3);
        }

        /** Nearest-rank percentile of sorted values. */
        static long pct(long[] sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
        }
    }

    /**
     * Where the time went: CPU of this JVM and of the local mariadbd, the machine's load, and HikariCP's own
     * timers (time spent waiting for a connection, time a connection was held), read from Micrometer.
     */
    record Resources(long nanos, long jvmCpuNanos, long dbCpuTicks, long machineBusyTicks, String loadAverage,
            long acquires,
            double acquireNanos, long usages, double usageNanos) {

        static Resources now(ConfigurableApplicationContext context) {
            long jvmCpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            Timer acquire = null;
            Timer usage = null;
            try {
                MeterRegistry meters = context.getBean(MeterRegistry.class);
                acquire = meters.find("hikaricp.connections.acquire").timer();
                usage = meters.find("hikaricp.connections.usage").timer();
            } catch (RuntimeException noMetrics) {
                // without Micrometer the report leaves the pool timers out
            }
            return new Resources(System.nanoTime(), jvmCpu, mariadbCpuTicks(), readMachineBusyTicks(), readLoadAverage(),
                    acquire == null ? -1 : acquire.count(), acquire == null ? 0 : acquire.totalTime(TimeUnit.NANOSECONDS),
                    usage == null ? -1 : usage.count(), usage == null ? 0 : usage.totalTime(TimeUnit.NANOSECONDS));
        }

        void printSince(Resources start, int attempts, int poolSize) {
            double seconds = (nanos - start.nanos) / 1e9;
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "%nCPU during the run (%.1f s x %d cores = %.1f core-seconds): this JVM %.1f s",
                    seconds, cores, seconds * cores, (jvmCpuNanos - start.jvmCpuNanos) / 1e9);
            double db = dbCpuTicks >= 0 && start.dbCpuTicks >= 0 ? (dbCpuTicks - start.dbCpuTicks) / 100.0 : 0;
            if (dbCpuTicks >= 0 && start.dbCpuTicks >= 0) {
                System.out.printf(Locale.ROOT, ", mariadbd %.1f s", db);
            }
            if (machineBusyTicks >= 0 && start.machineBusyTicks >= 0) {
                // whatever else ran on the machine meanwhile (other builds and tests skew the numbers)
                System.out.printf(Locale.ROOT, ", everything else %.1f s", Math.max(0,
                        (machineBusyTicks - start.machineBusyTicks) / 100.0 - db - (jvmCpuNanos - start.jvmCpuNanos) / 1e9));
            }
            System.out.printf(Locale.ROOT, "; load average before: %s, after: %s%n", start.loadAverage, loadAverage);
            if (acquires >= 0 && start.acquires >= 0 && attempts > 0) {
                long count = acquires - start.acquires;
                double waited = (acquireNanos - start.acquireNanos) / 1e9;
                double held = (usageNanos - start.usageNanos) / 1e9;
                System.out.printf(Locale.ROOT, "Connection pool: %d checkouts (%.1f per attempt); waiting for a "
                        + "connection: %.1f s in total, %.1f ms per checkout on average; connections held %.1f s "
                        + "in total (%.1f ms per checkout, pool busy %.0f%% of the run)%n", count,
                        (double) count / attempts, waited, count == 0 ? 0 : waited * 1e3 / count, held,
                        count == 0 ? 0 : held * 1e3 / count, poolSize <= 0 ? 0 : 100 * held / (seconds * poolSize));
            }
        }

        /** utime + stime of the local mariadbd in clock ticks (1/100 s), or -1 when not found. */
        private static long mariadbCpuTicks() {
            try {
                long ticks = -1;
                for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
                    if (process.info().command().orElse("").endsWith("/mariadbd")) {
                        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc",
                                Long.toString(process.pid()), "stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks = Math.max(0, ticks) + Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                }
                return ticks;
            } catch (java.io.IOException | RuntimeException notLinux) {
                return -1;
            }
        }

        /** The machine's busy time (all CPUs, not idle nor iowait) in clock ticks, or -1 when unknown. */
        private static long readMachineBusyTicks() {
            try {
                String[] cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).getFirst()
                        .trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                    busy += i == 4 || i == 5 ? 0 : Long.parseLong(cpu[i]); // skip idle and iowait
                }
                return busy;
            } catch (java.io.IOException | RuntimeException notLinux) {
                return -1;
            }
        }

        private static String readLoadAverage() {
            try {
                String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
                return parts[0] + " " + parts[1] + " " + parts[2];
            } catch (java.io.IOException | RuntimeException notLinux) {
                return "?";
            }
        }
    }

    /** Samples HikariCP every few milliseconds during the measured run: how busy the connection pool was. */
    static final class PoolSampler {
        final AtomicInteger peakActive = new AtomicInteger();
        final AtomicInteger peakWaiting = new AtomicInteger();
        final AtomicLong samples = new AtomicLong();
        int max = -1;
        private volatile boolean running = true;
        private Thread thread;

        static PoolSampler start(DataSource dataSource) {
            PoolSampler sampler = new PoolSampler();
            if (dataSource instanceof HikariDataSource hikari) {
                sampler.max = hikari.getMaximumPoolSize();
                sampler.thread = Thread.ofPlatform().daemon().name("pool-sampler").start(() -> {
                    while (sampler.running) {
                        HikariPoolMXBean bean = hikari.getHikariPoolMXBean();
                        if (bean != null) {
                            sampler.peakActive.accumulateAndGet(bean.getActiveConnections(), Math::max);
                            sampler.peakWaiting.accumulateAndGet(bean.getThreadsAwaitingConnection(), Math::max);
                            sampler.samples.incrementAndGet();
                        }
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
            return sampler;
        }

        void reset() {
            peakActive.set(0);
            peakWaiting.set(0);
        }

        void stop() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join(1_000);
            }
        }
    }
}
