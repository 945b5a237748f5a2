package ro.semnal.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import ro.semnal.certificates.pdf.CertificateDocument;
import ro.semnal.certificates.pdf.CertificatePdf;

/**
 * Certificates per second with 1 and 2 threads, render time percentiles, and the used heap after a full GC
 * every quarter of the run. A plain {@code main}, not a JUnit test: run it with {@code scripts/bench-certificates.sh}.
 *
 * <pre>
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     ro.semnal.bench.CertificateBenchmark [--n=10000] [--warmup=2000] [--threads=1,2] [--checkpoints=4] [--quiet-wait=0]
 * </pre>
 *
 * Every certificate gets its own holder name (Romanian, with diacritics), code, verify URL, course and dates,
 * generated from its index, so no two documents are equal and nothing is cached by accident. One
 * {@link CertificatePdf} is shared by all threads, as in {@code CertificateService}.
 */
public final class CertificateBenchmark {

    private static final String[] FIRST = {"Ștefan", "Ștefania", "Ionuț", "Mădălina", "Răzvan", "Cătălina", "Bianca",
            "Gheorghe", "Mihaela", "Tudor", "Ileana", "Dănuț", "Irina", "Alexandru", "Oana", "Aurelia", "Costică",
            "Viorica", "Sorin", "Liliana", "Petruța", "Anișoara", "Florin", "Lăcrămioara", "Iulian", "Ioana",
            "Andreea", "Bogdan", "Cosmin", "Elena", "Geanina", "Horia", "Marius", "Raluca", "Smaranda", "Vlăduț"};
    private static final String[] LAST = {"Țăranu", "Ștefănescu", "Popescu", "Mureșan", "Dumitrașcu", "Rădulescu",
            "Constantinescu", "Căpraru", "Bălan", "Nistor", "Șerban", "Vlădescu", "Ionescu", "Stănescu", "Tănase",
            "Oprișan", "Neagu", "Dobrescu", "Pîrvu", "Mărginean", "Cîrstea", "Gâlcă", "Bîrsan", "Hâncu", "Roșca",
            "Moldovan", "Lupașcu", "Ciobanu", "Țurcanu", "Sârbu", "Frățilă", "Vâlcu", "Grigoraș", "Buzătu"};
    private static final String[][] COURSES = {
            {"Traficul de persoane: recunoaștere și referire", "Human trafficking: recognition and referral"},
            {"Identificarea victimelor în unitățile de primiri urgențe", "Identifying victims in emergency departments"},
            {"Intervenția poliției de frontieră și a structurilor de imigrări",
                    "Intervention by the border police and immigration services"},
            {"Protecția copiilor: semnale de alarmă în școală", "Child protection: warning signs at school"},
            {"Asistența socială a victimelor și reintegrarea lor", "Social assistance and reintegration of victims"},
            {"Exploatarea prin muncă în agricultură și construcții", "Labour exploitation in farming and building"},
            {"Inspecția muncii: indicatori și sesizări", "Labour inspection: indicators and referrals"}};
    private static final String[] LUNI = {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie",
            "august", "septembrie", "octombrie", "noiembrie", "decembrie"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final char[] CODE = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final AtomicLong SINK = new AtomicLong();

    private CertificateBenchmark() {
    }

    /** A different, realistic certificate for every index. */
    static CertificateDocument document(long index) {
        SplittableRandom random = new SplittableRandom(index * 0x9E3779B97F4A7C15L + 17);
        StringBuilder name = new StringBuilder(FIRST[random.nextInt(FIRST.length)]);
        if (random.nextInt(4) == 0) {
            name.append('-').append(FIRST[random.nextInt(FIRST.length)]);
        }
        name.append(' ').append(LAST[random.nextInt(LAST.length)]);
        if (random.nextInt(5) == 0) {
            name.append('-').append(LAST[random.nextInt(LAST.length)]);
        }
        if (random.nextInt(50) == 0) { // now and then a very long name, shrunk by fit()
            name.append('-').append(LAST[random.nextInt(LAST.length)]).append('-').append(LAST[random.nextInt(LAST.length)]);
        }
        StringBuilder code = new StringBuilder(24);
        for (int group = 0; group < 5; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < 4; i++) {
                code.append(CODE[random.nextInt(CODE.length)]);
            }
        }
        String[] course = COURSES[random.nextInt(COURSES.length)];
        int hours = 2 + random.nextInt(14);
        int day = 1 + random.nextInt(28);
        int month = random.nextInt(12);
        int year = 2026 + random.nextInt(3);
        boolean expires = random.nextInt(3) != 0;
        String url = "https://semnal.example.ro/verify/" + code;
        CertificateDocument.Texts ro = new CertificateDocument.Texts("Programul național Semnal",
                "Certificat de absolvire", "Se certifică faptul că", "a absolvit cursul", course[0],
                "Durata: " + hours + " ore", "Data absolvirii: " + day + " " + LUNI[month] + " " + year,
                expires ? "Valabil până la: " + day + " " + LUNI[month] + " " + (year + 2) : null,
                "Cod de verificare", "Verificați la:", "Certificat Semnal");
        CertificateDocument.Texts en = new CertificateDocument.Texts("The Semnal national programme",
                "Certificate of completion", "This certifies that", "has completed the course", course[1],
                "Duration: " + hours + " hours", "Completed on: " + day + " " + MONTHS[month] + " " + year,
                expires ? "Valid until: " + day + " " + MONTHS[month] + " " + (year + 2) : null,
                "Verification code", "Check at:", "Semnal certificate");
        return new CertificateDocument(code.toString(), name.toString(), url, "Programul Semnal",
                "Coordonator de program", null, "ro-RO", ro, en);
    }

    public static void main(String[] args) throws Exception {
        int n = 10_000;
        int warmup = 2_000;
        int checkpoints = 4;
        int[] threadCounts = {1, 2};
        int quietWait = 0;
        for (String arg : args) {
            if (arg.startsWith("--n=")) {
                n = Integer.parseInt(arg.substring(4));
            } else if (arg.startsWith("--warmup=")) {
                warmup = Integer.parseInt(arg.substring(9));
            } else if (arg.startsWith("--checkpoints=")) {
                checkpoints = Integer.parseInt(arg.substring(14));
            } else if (arg.startsWith("--quiet-wait=")) {
                quietWait = Integer.parseInt(arg.substring(13));
            } else if (arg.startsWith("--threads=")) {
                threadCounts = Arrays.stream(arg.substring(10).split(",")).mapToInt(Integer::parseInt).toArray();
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg
                        + " (use --n=10000 --warmup=2000 --threads=1,2 --checkpoints=4 --quiet-wait=0)");
            }
        }
        quietLogging();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "JVM %s %s, %d CPUs, max heap %d MiB, GC %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), runtime.availableProcessors(), runtime.maxMemory() >> 20,
                gcNames());
        System.out.printf(Locale.ROOT, "n=%d per run, warm-up=%d, threads=%s%n%n", n, warmup, Arrays.toString(threadCounts));

        CertificatePdf pdf = new CertificatePdf();
        long nextIndex = 0;
        long start = System.nanoTime();
        byte[] sample = pdf.render(document(nextIndex++));
        if (!new String(sample, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new IllegalStateException("Not a PDF");
        }
        System.out.printf(Locale.ROOT, "First render (cold, includes class loading): %.1f ms, %d bytes%n",
                (System.nanoTime() - start) / 1e6, sample.length);
        start = System.nanoTime();
        for (int i = 0; i < warmup; i++) {
            SINK.addAndGet(pdf.render(document(nextIndex++)).length);
        }
        System.out.printf(Locale.ROOT, "Warm-up: %d renders in %.1f s%n", warmup, (System.nanoTime() - start) / 1e9);

        List<String> summary = new ArrayList<>();
        List<String> heapRows = new ArrayList<>();
        for (int threads : threadCounts) {
            waitForQuietMachine(quietWait);
            Result result = run(pdf, threads, n, checkpoints, nextIndex);
            nextIndex += n;
            summary.add(String.format(Locale.ROOT, "| %d | %,d | %.2f | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %,d | %.1f |", threads,
                    n, result.seconds, n / result.seconds, result.mean, result.p50, result.p95, result.p99,
                    result.ownCpu * 1000 / n, result.bytes / n, result.otherCpu));
            StringBuilder heap = new StringBuilder("| " + threads + " |");
            for (int c = 0; c <= checkpoints; c++) {
                heap.append(String.format(Locale.ROOT, " %.1f |", result.heap[c] / 1048576.0));
            }
            heap.append(String.format(Locale.ROOT, " %+.1f |", (result.heap[checkpoints] - result.heap[0]) / 1048576.0));
            heapRows.add(heap.toString());
        }

        System.out.println();
        System.out.println("| threads | certificates | wall s | certificates/s | mean ms | p50 ms | p95 ms | p99 ms | JVM CPU ms/certificate | bytes/PDF | CPU s used by other processes |");
        System.out.println("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        summary.forEach(System.out::println);
        System.out.println();
        StringBuilder header = new StringBuilder("| threads |");
        StringBuilder rule = new StringBuilder("|--:|");
        for (int c = 0; c <= checkpoints; c++) {
            header.append(String.format(Locale.ROOT, " heap MiB after %,d |", (long) n * c / checkpoints));
            rule.append("--:|");
        }
        System.out.println(header.append(" change MiB |"));
        System.out.println(rule.append("--:|"));
        heapRows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%n(used heap after System.gc() x3; %d bytes written in total)%n", SINK.get());
    }

    private record Result(double seconds, double mean, double p50, double p95, double p99, long bytes, long[] heap,
            double ownCpu, double otherCpu) {
    }

    private static Result run(CertificatePdf pdf, int threads, int n, int checkpoints, long firstIndex)
            throws Exception {
        System.out.printf(Locale.ROOT, "%n== %d thread(s), %,d certificates ==%n", threads, n);
        long runStart = System.nanoTime();
        long[] nanos = new long[n];
        long[] heap = new long[checkpoints + 1];
        heap[0] = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "  heap after GC at %,6d: %6.1f MiB%n", 0, heap[0] / 1048576.0);
        long[] cpuBefore = {processCpuNanos(), machineBusyNanos()};
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gcCountBefore = gcCount();
        long gcTimeBefore = gcTime();
        long wall = 0;
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int done = 0;
            for (int c = 1; c <= checkpoints; c++) {
                int end = (int) ((long) n * c / checkpoints);
                List<Future<?>> futures = new ArrayList<>();
                long segmentStart = System.nanoTime();
                for (int t = 0; t < threads; t++) {
                    int from = done + (int) ((long) (end - done) * t / threads);
                    int to = done + (int) ((long) (end - done) * (t + 1) / threads);
                    futures.add(pool.submit(() -> {
                        long local = 0;
                        for (int i = from; i < to; i++) {
                            CertificateDocument document = document(firstIndex + i);
                            long t0 = System.nanoTime();
                            byte[] out = pdf.render(document);
                            nanos[i] = System.nanoTime() - t0;
                            local += out.length;
                        }
                        bytes.addAndGet(local);
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
                long segment = System.nanoTime() - segmentStart;
                wall += segment;
                done = end;
                heap[c] = usedHeapAfterGc();
                System.out.printf(Locale.ROOT, "  heap after GC at %,6d: %6.1f MiB   (this quarter: %.1f certificates/s)%n",
                        end, heap[c] / 1048576.0, (end - (int) ((long) n * (c - 1) / checkpoints)) / (segment / 1e9));
            }
        } finally {
            pool.shutdown();
        }
        SINK.addAndGet(bytes.get());
        long ownCpu = processCpuNanos() - cpuBefore[0];
        long machineBusy = machineBusyNanos() - cpuBefore[1];
        double otherCpu = cpuBefore[1] < 0 ? Double.NaN
                : Math.max(0, machineBusy - ownCpu) / 1e9;
        double elapsed = (System.nanoTime() - runStart) / 1e9;
        System.out.printf(Locale.ROOT, "  CPU: this JVM %.1f s, other processes %.1f s, in %.1f s elapsed"
                + " (%d cores; load average now %.2f)%n", ownCpu / 1e9, otherCpu, elapsed,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        double seconds = wall / 1e9;
        System.out.printf(Locale.ROOT, "  %.1f certificates/s, mean %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                n / seconds, mean, percentile(sorted, 0.95), percentile(sorted, 0.99), sorted[n - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  GCs during the run (incl. the explicit ones): %d, %d ms; JIT compilation: %d ms%n",
                gcCount() - gcCountBefore, gcTime() - gcTimeBefore,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore);
        return new Result(seconds, mean, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                bytes.get(), heap, ownCpu / 1e9, otherCpu);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Logback without a configuration logs at DEBUG; Spring Boot logs at INFO. Use INFO like the application, but
     * drop iText's INFO lines (one "Cannot find pdfCalligraph module ..." per document, the AGPL notice every few
     * thousand documents) so the tables stay readable. Both are still logged by the application.
     */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.INFO);
            context.getLogger("com.itextpdf").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /**
     * On a shared machine, waits up to {@code maxSeconds} until other processes use less than 10% of one core over
     * 5 seconds, so a run does not start while a build or another benchmark is running. 0: do not wait.
     */
    private static void waitForQuietMachine(int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        while (maxSeconds > 0) {
            long own = processCpuNanos();
            long busy = machineBusyNanos();
            Thread.sleep(5000);
            double others = ((machineBusyNanos() - busy) - (processCpuNanos() - own)) / 5e9;
            if (busy < 0 || others < 0.10) {
                System.out.printf(Locale.ROOT, "Machine quiet (other processes: %.0f%% of a core)%n", Math.max(0, others) * 100);
                return;
            }
            if (System.nanoTime() > deadline) {
                System.out.printf(Locale.ROOT, "Machine still busy after %d s (other processes: %.0f%% of a core);"
                        + " measuring anyway%n", maxSeconds, others * 100);
                return;
            }
            System.out.printf(Locale.ROOT, "Waiting for a quiet machine (other processes: %.0f%% of a core)%n", others * 100);
        }
    }

    /** CPU time of this JVM (all threads, including JIT and GC). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Busy CPU time of the whole machine from /proc/stat (Linux), or -1: shows whether others shared the cores. */
    private static long machineBusyNanos() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user nice system idle iowait irq softirq steal
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * 10_000_000L; // USER_HZ = 100
        } catch (Exception | Error e) {
            return -1;
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static String gcNames() {
        return String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }
}
