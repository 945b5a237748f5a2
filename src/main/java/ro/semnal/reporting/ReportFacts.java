package ro.semnal.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ro.semnal.catalog.CatalogService;

/**
 * Keeps the reporting summary tables up to date. The unit of work is a learner: their rows are computed again
 * from the source tables (enrolments, progress, attempts, certificates, cohorts) whenever something of theirs
 * changed, so the result never depends on the order of events and a refresh can be repeated safely. A refresh
 * looks for learners changed since the previous one (with an overlap for transactions that committed late);
 * a rebuild recomputes everyone, in chunks of learners. Writers hold the lock on {@code report_state}, so two
 * nodes never write the same rows at once.
 */
@Service
public class ReportFacts {

    private static final Logger log = LoggerFactory.getLogger(ReportFacts.class);
    private static final Duration OVERLAP = Duration.ofMinutes(10);
    private static final int CHUNK = 2_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FactCalculator calculator;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    ReportFacts(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, CatalogService catalog, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.calculator = new FactCalculator(jdbc, catalog);
        this.clock = clock;
    }

    /** Brings the facts up to date; rebuilds them all the first time. Returns the number of learners recomputed. */
    public int refresh() {
        Instant now = clock.instant();
        Timestamp last = jdbc.queryForObject("SELECT refreshed_to FROM report_state WHERE id = 1", Map.of(), Timestamp.class);
        if (last == null) {
            return rebuild(done -> { });
        }
        Instant since = last.toInstant().minus(OVERLAP);
        MapSqlParameterSource p = new MapSqlParameterSource("since", Timestamp.from(since))
                .addValue("now", Timestamp.from(now))
                .addValue("sinceDay", LocalDate.ofInstant(since, Months.ROMANIA).minusDays(1));
        Set<Long> users = new TreeSet<>();
        for (String sql : List.of(
                "SELECT user_id FROM enrollment WHERE last_activity_at >= :since",
                "SELECT user_id FROM enrollment WHERE completed_at >= :since",
                "SELECT user_id FROM quiz_attempt WHERE submitted_at >= :since",
                "SELECT user_id FROM certificate WHERE issued_at >= :since",
                "SELECT user_id FROM certificate WHERE revoked_at >= :since",
                "SELECT user_id FROM certificate WHERE status = 'EXPIRED' AND expires_on >= :sinceDay",
                "SELECT user_id FROM cohort_member WHERE joined_at >= :since",
                "SELECT id FROM users WHERE created_at >= :since")) {
            users.addAll(jdbc.queryForList(sql, p, Long.class));
        }
        Set<Long> sessions = new TreeSet<>();
        sessions.addAll(jdbc.queryForList(
                "SELECT id FROM cohort_session WHERE ends_at >= :since AND ends_at <= :now", p, Long.class));
        sessions.addAll(jdbc.queryForList("SELECT session_id FROM attendance WHERE recorded_at >= :since", p, Long.class));
        List<Long> userList = List.copyOf(users);
        for (int i = 0; i < userList.size(); i += CHUNK) {
            List<Long> chunk = userList.subList(i, Math.min(userList.size(), i + CHUNK));
            inLock(() -> calculator.users(chunk));
        }
        List<Long> sessionList = List.copyOf(sessions);
        for (int i = 0; i < sessionList.size(); i += CHUNK) {
            List<Long> chunk = sessionList.subList(i, Math.min(sessionList.size(), i + CHUNK));
            inLock(() -> calculator.sessions(chunk, now));
        }
        inLock(() -> jdbc.update("UPDATE report_state SET refreshed_to = :now WHERE id = 1", p));
        return users.size();
    }

    /**
     * Recomputes every learner's facts, chunk by chunk; {@code progress} hears how many learners are done.
     * The figures stay readable meanwhile (each chunk replaces its learners' rows in one transaction).
     */
    public int rebuild(LongConsumer progress) {
        Instant now = clock.instant();
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM users", Map.of(), Long.class);
        int learners = 0;
        long done = 0;
        for (long lo = 1; max != null && lo <= max; lo += CHUNK) {
            List<Long> ids = jdbc.queryForList("SELECT id FROM users WHERE id BETWEEN :lo AND :hi ORDER BY id",
                    Map.of("lo", lo, "hi", lo + CHUNK - 1), Long.class);
            if (!ids.isEmpty()) {
                inLock(() -> calculator.users(ids));
                learners += ids.size();
                done += ids.size();
                progress.accept(done);
            }
        }
        List<Long> sessions = jdbc.queryForList("SELECT id FROM cohort_session WHERE ends_at <= :now",
                Map.of("now", Timestamp.from(now)), Long.class);
        for (int i = 0; i < sessions.size(); i += CHUNK) {
            List<Long> chunk = sessions.subList(i, Math.min(sessions.size(), i + CHUNK));
            inLock(() -> calculator.sessions(chunk, now));
        }
        inLock(() -> jdbc.update("UPDATE report_state SET refreshed_to = :now, rebuilt_at = :now WHERE id = 1",
                Map.of("now", Timestamp.from(now))));
        log.info("Reporting facts rebuilt for {} accounts and {} sessions", learners, sessions.size());
        return learners;
    }

    /** When the figures were last brought up to date, if ever. */
    public java.util.Optional<Instant> refreshedTo() {
        Timestamp last = jdbc.queryForObject("SELECT refreshed_to FROM report_state WHERE id = 1", Map.of(), Timestamp.class);
        return java.util.Optional.ofNullable(last).map(Timestamp::toInstant);
    }

    /** Recomputes the given learners now (used by the data generator and tests). */
    public void recompute(Collection<Long> userIds) {
        inLock(() -> calculator.users(List.copyOf(userIds)));
    }

    private void inLock(Runnable work) {
        tx.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT id FROM report_state WHERE id = 1 FOR UPDATE", Map.of(), Integer.class);
            work.run();
        });
        writes.incrementAndGet();
    }

    /**
     * Changes whenever the facts may have changed: on this node's writes, and on any node's refresh (which moves
     * {@code refreshed_to}). Figures computed under one stamp stay true until it changes.
     */
    public String stamp() {
        return writes.get() + "@" + refreshedTo().map(Instant::toString).orElse("never");
    }

    static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
