package ro.semnal.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.UserAccount;
import ro.semnal.reporting.ReportQueries.Dimension;
import ro.semnal.reporting.ReportQueries.Scope;

/**
 * Times every dashboard figure on a database filled by {@code scripts/generate-data.sh}: each
 * {@link ReportQueries} method and {@link ReportingService#report} as a whole (signed in as a coordinator), with
 * no filter, each filter alone (period, course, profession, county, institution, cohort) and all of them
 * together; prints p50/p95/max per figure and filter. Then prints MariaDB's {@code EXPLAIN} of every query the
 * figures ran (captured on the way, with their parameters), and times {@link ReportFacts#refresh} with nothing
 * changed and after 1,000 learners changed.
 *
 * <p>Not a test: run with {@code scripts/bench-reporting.sh [database]}. Settings: {@code -Dbench.warmup=3},
 * {@code -Dbench.iterations=20}; {@code --name=value} arguments override Spring properties.
 */
public final class ReportingBenchmark {

    private static final double GOAL_MS = 150;

    /** Runs the real queries and keeps the SQL and parameters of each, for EXPLAIN. */
    private static final class Recording extends NamedParameterJdbcTemplate {
        final Map<String, MapSqlParameterSource> statements = new LinkedHashMap<>();
        private boolean recording;

        Recording(NamedParameterJdbcTemplate delegate) {
            super(delegate.getJdbcTemplate());
        }

        private void record(String sql, org.springframework.jdbc.core.namedparam.SqlParameterSource p) {
            if (recording && p instanceof MapSqlParameterSource map) {
                statements.putIfAbsent(sql, map);
            }
        }

        @Override
        public <T> T queryForObject(String sql, org.springframework.jdbc.core.namedparam.SqlParameterSource p,
                Class<T> type) {
            record(sql, p);
            return super.queryForObject(sql, p, type);
        }

        @Override
        public <T> T queryForObject(String sql, org.springframework.jdbc.core.namedparam.SqlParameterSource p,
                org.springframework.jdbc.core.RowMapper<T> mapper) {
            record(sql, p);
            return super.queryForObject(sql, p, mapper);
        }

        @Override
        public <T> List<T> query(String sql, org.springframework.jdbc.core.namedparam.SqlParameterSource p,
                org.springframework.jdbc.core.RowMapper<T> mapper) {
            record(sql, p);
            return super.query(sql, p, mapper);
        }

        @Override
        public void query(String sql, org.springframework.jdbc.core.namedparam.SqlParameterSource p,
                org.springframework.jdbc.core.RowCallbackHandler handler) {
            record(sql, p);
            super.query(sql, p, handler);
        }
    }

    private record Figure(String name, java.util.function.Function<ReportFilter, Object> run) {
    }

    private final ConfigurableApplicationContext context;
    private final NamedParameterJdbcTemplate jdbc;
    private final Recording recording;
    private final ReportQueries queries;
    private final int warmup = Integer.getInteger("bench.warmup", 3);
    private final int iterations = Integer.getInteger("bench.iterations", 20);

    private ReportingBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(NamedParameterJdbcTemplate.class);
        this.recording = new Recording(jdbc);
        this.queries = new ReportQueries(recording);
    }

    public static void main(String[] args) throws Exception {
        int exit;
        try (ConfigurableApplicationContext context = ro.semnal.bench.BenchApp.start(args, Map.of())) {
            exit = new ReportingBenchmark(context).run();
        }
        System.exit(exit);
    }

    private int run() {
        Map<String, ReportFilter> filters = filters();
        System.out.println("\nFilters:");
        filters.forEach((name, f) -> System.out.println("  " + name + ": " + f));
        ReportingService service = context.getBean(ReportingService.class);
        signInAsCoordinator();
        ensureTargets(service);
        List<Figure> figures = figures(service);

        System.out.printf(Locale.ROOT, "%nLatency in ms (%d warm-up + %d measured runs per figure and filter, one thread)%n%n",
                warmup, iterations);
        System.out.println("| figure | " + String.join(" | ", filters.keySet()) + " |");
        System.out.println("|---|" + "---:|".repeat(filters.size()));
        int over = 0;
        for (Figure figure : figures) {
            StringBuilder line = new StringBuilder("| " + figure.name() + " |");
            for (ReportFilter filter : filters.values()) {
                double[] ms;
                try {
                    ms = time(() -> figure.run().apply(filter));
                } catch (RuntimeException e) {
                    line.append(" error: ").append(e.getClass().getSimpleName()).append(" |");
                    over++;
                    continue;
                }
                line.append(String.format(Locale.ROOT, " %.1f / %.1f / %.1f%s |", percentile(ms, 50), percentile(ms, 95),
                        ms[ms.length - 1], percentile(ms, 95) > GOAL_MS ? " **over**" : ""));
                over += percentile(ms, 95) > GOAL_MS ? 1 : 0;
            }
            System.out.println(line);
        }
        System.out.println("\n(each cell: p50 / p95 / max; goal p95 < " + (int) GOAL_MS + " ms; " + over + " cells over)");

        bufferPool(service);
        explain(filters, figures);
        refreshCost();
        return 0;
    }

    /** No filter, each filter alone on realistic values taken from the data, and all of them together. */
    private Map<String, ReportFilter> filters() {
        // the biggest police cohort of Cluj and its institution; on a small data set, the biggest of any
        Map<String, Object> busiest = jdbc.queryForList("""
                SELECT institution, cohort_id, COUNT(*) AS n FROM report_enrolment
                WHERE cohort_id > 0 AND course_slug = 'core-trafficking'
                GROUP BY institution, cohort_id, profession, county
                ORDER BY CASE WHEN profession = 'POLICE_OFFICER' AND county = 'CJ' THEN 0 ELSE 1 END, n DESC, cohort_id
                LIMIT 1""", Map.of()).stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "No cohort in the data: run scripts/generate-data.sh with more learners"));
        String institution = (String) busiest.get("institution");
        long cohort = ((Number) busiest.get("cohort_id")).longValue();
        Map<String, ReportFilter> filters = new LinkedHashMap<>();
        filters.put("none", ReportFilter.ALL);
        filters.put("period", new ReportFilter(YearMonth.of(2025, 1), YearMonth.of(2025, 12), null, null, null, null, null));
        filters.put("course", new ReportFilter(null, null, "core-trafficking", null, null, null, null));
        filters.put("profession", new ReportFilter(null, null, null, Profession.POLICE_OFFICER, null, null, null));
        filters.put("county", new ReportFilter(null, null, null, null, County.CJ, null, null));
        filters.put("institution", new ReportFilter(null, null, null, null, null, institution, null));
        filters.put("cohort", new ReportFilter(null, null, null, null, null, null, cohort));
        filters.put("all together", new ReportFilter(YearMonth.of(2024, 1), YearMonth.of(2026, 11), "core-trafficking",
                Profession.POLICE_OFFICER, County.CJ, institution, cohort));
        filters.put("4 together", new ReportFilter(YearMonth.of(2025, 1), YearMonth.of(2026, 6), "core-trafficking",
                Profession.POLICE_OFFICER, County.CJ, null, null));
        return filters;
    }

    private List<Figure> figures(ReportingService service) {
        Scope all = Scope.ALL;
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("trained (headline)", f -> queries.trained(f, all)));
        for (Dimension d : Dimension.values()) {
            figures.add(new Figure("trained by " + d.name().toLowerCase(Locale.ROOT), f -> queries.trainedBy(d, f, all)));
        }
        figures.add(new Figure("trained by month", f -> queries.trainedByMonth(f, all)));
        figures.add(new Figure("funnel", f -> queries.funnel(f, all)));
        figures.add(new Figure("modules (course set)", f -> queries.furthestModules(
                f.courseSlug() == null ? f.withCourse("core-trafficking") : f, all)));
        figures.add(new Figure("knowledge", f -> queries.knowledge(f, all)));
        figures.add(new Figure("attitudes", f -> queries.attitudes(f, all)));
        figures.add(new Figure("competencies", f -> queries.competencies(f, all)));
        figures.add(new Figure("sessions", f -> queries.sessions(f, all)));
        figures.add(new Figure("session totals", f -> queries.sessionTotals(f, all)));
        figures.add(new Figure("trainer scope: trained by month", f -> queries.trainedByMonth(f, trainerScope())));
        figures.add(new Figure("ReportingService.report (first time)", f -> {
            service.forgetCachedFigures();
            return service.report(f);
        }));
        figures.add(new Figure("ReportingService.report (again)", service::report));
        return figures;
    }

    private Scope trainerScope;

    /** The cohorts of the trainer with the most cohorts. */
    private Scope trainerScope() {
        if (trainerScope == null) {
            Long trainer = jdbc.queryForObject("""
                    SELECT user_id FROM cohort_trainer GROUP BY user_id ORDER BY COUNT(*) DESC, user_id LIMIT 1""",
                    Map.of(), Long.class);
            trainerScope = new Scope(false, jdbc.queryForList("SELECT cohort_id FROM cohort_trainer WHERE user_id = :t",
                    Map.of("t", trainer), Long.class));
        }
        return trainerScope;
    }

    private double[] time(Supplier<Object> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private void explain(Map<String, ReportFilter> filters, List<Figure> figures) {
        System.out.println("\nEXPLAIN of the queries of each figure and filter (MariaDB; a derived table shows two rows):\n");
        System.out.println("| figure | filter | table | type | key | rows | Extra | |");
        System.out.println("|---|---|---|---|---|---:|---|---|");
        int flagged = 0;
        for (Figure figure : figures) {
            if (figure.name().equals("ReportingService.report")) {
                continue;
            }
            for (Map.Entry<String, ReportFilter> filter : filters.entrySet()) {
                recording.statements.clear();
                recording.recording = true;
                figure.run().apply(filter.getValue());
                recording.recording = false;
                for (Map.Entry<String, MapSqlParameterSource> e : recording.statements.entrySet()) {
                    for (Map<String, Object> row : jdbc.queryForList("EXPLAIN " + e.getKey(), e.getValue())) {
                        String extra = String.valueOf(row.get("Extra"));
                        boolean bad = extra.contains("Using temporary") || extra.contains("Using filesort");
                        flagged += bad ? 1 : 0;
                        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", figure.name(),
                                filter.getKey(), row.get("table"), row.get("type"), row.get("key"), row.get("rows"), extra,
                                bad ? "**temporary/filesort**" : "");
                    }
                }
            }
        }
        System.out.println("\n(" + flagged + " plan rows with a temporary table or filesort)");
        System.out.println("\nThe SQL of each query, as run with no filter and with all filters:\n");
        for (Figure figure : figures) {
            if (figure.name().equals("ReportingService.report")) {
                continue;
            }
            for (String name : List.of("none", "all together")) {
                recording.statements.clear();
                recording.recording = true;
                figure.run().apply(filters.get(name));
                recording.recording = false;
                recording.statements.keySet().forEach(sql -> System.out.println("- " + figure.name() + ", " + name + ": `"
                        + sql.replaceAll("\\s+", " ").trim() + "`"));
            }
        }
    }

    /** Pages MariaDB read from disk (not found in its buffer pool) per whole report with no filter. */
    private void bufferPool(ReportingService service) {
        String sql = "SELECT variable_name, variable_value FROM information_schema.global_status"
                + " WHERE variable_name IN ('INNODB_BUFFER_POOL_READS', 'INNODB_BUFFER_POOL_READ_REQUESTS')";
        Map<String, Long> before = new java.util.HashMap<>();
        jdbc.query(sql, Map.of(), rs -> {
            before.put(rs.getString(1), rs.getLong(2));
        });
        int runs = 5;
        for (int i = 0; i < runs; i++) {
            service.forgetCachedFigures();
            service.report(ReportFilter.ALL);
        }
        jdbc.query(sql, Map.of(), rs -> {
            System.out.printf(Locale.ROOT, "%s per whole report (no filter): %,d%n", rs.getString(1).toLowerCase(Locale.ROOT),
                    (rs.getLong(2) - before.get(rs.getString(1))) / runs);
        });
        System.out.println("innodb_buffer_pool_size: " + jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Map.of(),
                Long.class) / (1024 * 1024) + " MB; report tables and indexes: " + jdbc.queryForObject("""
                SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_name LIKE 'report%'""", Map.of(), Long.class) + " MB");
    }

    /** Refresh with nothing changed, then after 1,000 learners' enrolments changed (as any lesson visit does). */
    private void refreshCost() {
        ReportFacts facts = context.getBean(ReportFacts.class);
        long t = System.nanoTime();
        int none = facts.refresh();
        double idle = (System.nanoTime() - t) / 1e6;
        Instant now = context.getBean(java.time.Clock.class).instant();
        List<Long> learners = jdbc.queryForList("""
                SELECT user_id FROM enrollment WHERE course_slug = 'core-trafficking' AND completed_at IS NULL
                ORDER BY user_id LIMIT 1000""", Map.of(), Long.class);
        jdbc.update("UPDATE enrollment SET last_activity_at = :now WHERE course_slug = 'core-trafficking' AND user_id IN (:ids)",
                new MapSqlParameterSource("now", Timestamp.from(now)).addValue("ids", learners));
        t = System.nanoTime();
        int changed = facts.refresh();
        double refresh = (System.nanoTime() - t) / 1e6;
        t = System.nanoTime();
        facts.recompute(learners);
        double recompute = (System.nanoTime() - t) / 1e6;
        System.out.printf(Locale.ROOT, "%nReportFacts.refresh, first after the benchmark started: %.0f ms (%d learners recomputed:"
                + " those active in the last 10 minutes before the previous refresh, the overlap kept for late commits)%n", idle, none);
        System.out.printf(Locale.ROOT, "ReportFacts.refresh after %d learners' enrolments changed: %.0f ms (%d learners recomputed)%n",
                learners.size(), refresh, changed);
        System.out.printf(Locale.ROOT, "ReportFacts.recompute of those %d learners alone: %.0f ms%n", learners.size(), recompute);
    }

    private void signInAsCoordinator() {
        UserAccount coordinator = context.getBean(AccountService.class)
                .findByEmail(ro.semnal.bench.ReportingDataGenerator.COORDINATOR_EMAIL)
                .orElseThrow(() -> new IllegalStateException("No synthetic coordinator: run scripts/generate-data.sh first"));
        context.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(coordinator.email(), null,
                        coordinator.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    /** Three targets as a coordinator would set them, so the report includes progress to targets. */
    private void ensureTargets(ReportingService service) {
        if (!service.targetProgress().isEmpty()) {
            return;
        }
        service.saveTarget(new Figures.Target(null, "60.000 de specialiști instruiți", 60_000, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), null, null, null));
        service.saveTarget(new Figures.Target(null, "Polițiști instruiți în 2026", 8_000, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), Profession.POLICE_OFFICER.name(), null, null));
        service.saveTarget(new Figures.Target(null, "Cluj: curs de bază", 2_500, LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31), null, County.CJ.name(), "core-trafficking"));
    }
}
