package ro.semnal.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The load test's settings, from {@code --name=value} arguments; the target must be on loopback. */
record LoadConfig(URI base, String mode, int users, int first, double rampSeconds, long durationSeconds,
        double thinkMin, double thinkMax, double quizThinkMin, double quizThinkMax, double returning, String password, String course,
        String lesson, String quiz, Duration timeout, long deadlineNanos) {

    static LoadConfig parse(String[] args, long startNanos) throws UnknownHostException {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + arg);
            }
            a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        URI base = URI.create(a.getOrDefault("base", "http://127.0.0.1:8080/"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the load test only runs against loopback, not " + base.getHost());
        }
        int users = Integer.parseInt(a.getOrDefault("users", "1"));
        long duration = Long.parseLong(a.getOrDefault("duration", "300"));
        if (users < 1 || users > 2000 || duration < 1 || duration > 3600) {
            throw new IllegalArgumentException("users must be 1..2000 and duration 1..3600 s");
        }
        double[] think = range(a.getOrDefault("think", "30-90"));
        double[] quizThink = range(a.getOrDefault("quiz-think", a.getOrDefault("think", "30-90")));
        return new LoadConfig(base.toString().endsWith("/") ? base : URI.create(base + "/"),
                a.getOrDefault("mode", "scenario"), users, Integer.parseInt(a.getOrDefault("first", "1")),
                Double.parseDouble(a.getOrDefault("ramp", "60")), duration, think[0], think[1], quizThink[0],
                quizThink[1], Double.parseDouble(a.getOrDefault("returning", "0")), a.getOrDefault("password", "load-learner-2026"),
                a.getOrDefault("course", "core-trafficking"), a.getOrDefault("lesson", "what-is-trafficking"),
                a.getOrDefault("quiz", "pre-test"), Duration.ofSeconds(Long.parseLong(a.getOrDefault("timeout", "60"))),
                startNanos + duration * 1_000_000_000L);
    }

    private static double[] range(String value) {
        String[] parts = value.split("-");
        double min = Double.parseDouble(parts[0]);
        double max = parts.length > 1 ? Double.parseDouble(parts[1]) : min;
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("a think time is min-max seconds, not " + value);
        }
        return new double[] {min, max};
    }
}
