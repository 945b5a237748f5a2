package ro.semnal.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Latencies and errors per step of the scripted learner; thread-safe, printed as a table at the end. */
final class StepStats {

    private final Map<String, List<Long>> micros = new LinkedHashMap<>();
    private final Map<String, Integer> errors = new LinkedHashMap<>();
    private final Map<String, Integer> messages = new TreeMap<>();

    synchronized void ok(String step, long nanos) {
        micros.computeIfAbsent(step, s -> new ArrayList<>()).add(nanos / 1_000);
        errors.putIfAbsent(step, 0);
    }

    synchronized void error(String step, long nanos, Throwable cause) {
        micros.computeIfAbsent(step, s -> new ArrayList<>());
        errors.merge(step, 1, Integer::sum);
        String message = cause.getClass().getSimpleName() + ": " + String.valueOf(cause.getMessage());
        messages.merge(step + " · " + message.substring(0, Math.min(160, message.length())), 1, Integer::sum);
    }

    synchronized int totalErrors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int count(String step) {
        return micros.getOrDefault(step, List.of()).size();
    }

    synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append("| step | ok | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|--:|--:|--:|--:|--:|--:|\n");
        for (var entry : micros.entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(null);
            out.append("| ").append(entry.getKey()).append(" | ").append(sorted.size()).append(" | ")
                    .append(errors.getOrDefault(entry.getKey(), 0)).append(" | ").append(ms(sorted, 0.50))
                    .append(" | ").append(ms(sorted, 0.95)).append(" | ").append(ms(sorted, 0.99)).append(" | ")
                    .append(ms(sorted, 1.0)).append(" |\n");
        }
        messages.forEach((message, count) -> out.append("error ×").append(count).append(": ").append(message)
                .append('\n'));
        return out.toString();
    }

    /** Nearest-rank percentile, in milliseconds with one decimal. */
    static String ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int rank = (int) Math.ceil(quantile * sorted.size());
        long value = sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
        return String.format(java.util.Locale.ROOT, "%.1f", value / 1000.0);
    }
}
