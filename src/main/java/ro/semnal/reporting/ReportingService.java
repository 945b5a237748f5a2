package ro.semnal.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ModuleDefinition;
import ro.semnal.reporting.Figures.ModuleReach;
import ro.semnal.reporting.Figures.Target;
import ro.semnal.reporting.Figures.TargetProgress;
import ro.semnal.reporting.ReportQueries.Dimension;
import ro.semnal.reporting.ReportQueries.Scope;

/**
 * Programme figures for coordinators and administrators (everything) and trainers (their own cohorts only: a
 * trainer's filter is narrowed to their cohorts, and naming another cohort is refused).
 */
@Service
public class ReportingService {

    /** At most this many figure queries of this node run at once, so one report cannot take every connection. */
    private static final java.util.concurrent.ExecutorService QUERIES = java.util.concurrent.Executors.newFixedThreadPool(4,
            Thread.ofPlatform().name("report-query-", 0).daemon().factory());
    private static final int CACHED_REPORTS = 200;

    private record CacheKey(ReportFilter filter, Scope scope) {
    }

    /** Figures of a filter, valid while the facts are not refreshed again (at most a minute). */
    private record Cached(String stamp, ProgrammeReport report) {
    }

    private final Map<CacheKey, Cached> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<CacheKey, Cached> eldest) {
                    return size() > CACHED_REPORTS;
                }
            });

    /** A cohort that can be chosen in the filter. */
    public record CohortOption(long id, String name) {
    }

    private final ReportQueries queries;
    private final ReportFacts facts;
    private final Targets targets;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ReportingService(ReportQueries queries, ReportFacts facts, Targets targets, AccountService accounts,
            CatalogService catalog, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.queries = queries;
        this.facts = facts;
        this.targets = targets;
        this.accounts = accounts;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every figure for the filter, as the dashboard and the PDF report show them. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public ProgrammeReport report(ReportFilter filter) {
        return report(filter, scope(filter));
    }

    /** The report for the monthly mail: the whole programme, whoever runs it (a scheduled job has no user). */
    ProgrammeReport programmeReport(ReportFilter filter) {
        return report(filter, Scope.ALL);
    }

    private ProgrammeReport report(ReportFilter filter, Scope scope) {
        String stamp = facts.stamp();
        Instant refreshed = facts.refreshedTo().orElse(null);
        CacheKey key = new CacheKey(filter, scope);
        Cached cached = cache.get(key);
        ProgrammeReport figures = cached != null && cached.stamp().equals(stamp)
                ? cached.report() : compute(filter, scope, refreshed);
        cache.put(key, new Cached(stamp, figures));
        // targets are read fresh: a coordinator who just changed one sees it at once
        return new ProgrammeReport(filter, clock.instant(), refreshed, figures.headline(), figures.trainedByMonth(),
                figures.byProfession(), figures.byCounty(), figures.byInstitution(), figures.byCourse(), figures.funnel(),
                figures.modules(), figures.knowledge(), figures.competencies(), figures.attitudes(), figures.sessions(),
                scope.everything() ? progress() : List.of());
    }

    /** Drops the cached figures (the benchmark measures a first opening with it). */
    void forgetCachedFigures() {
        cache.clear();
    }

    /** The figures of one filter: the independent queries run side by side, a few at a time. */
    private ProgrammeReport compute(ReportFilter filter, Scope scope, Instant refreshed) {
        var sessionTotals = async(() -> queries.sessionTotals(filter, scope));
        var knowledgeGains = async(() -> queries.knowledge(filter, scope));
        var funnelFigures = async(() -> queries.funnel(filter, scope));
        var trained = async(() -> queries.trained(filter, scope));
        var byMonth = async(() -> queries.trainedByMonth(filter, scope));
        var byProfession = async(() -> queries.trainedBy(Dimension.PROFESSION, filter, scope));
        var byCounty = async(() -> queries.trainedBy(Dimension.COUNTY, filter, scope));
        var byInstitution = async(() -> queries.trainedBy(Dimension.INSTITUTION, filter, scope));
        var byCourse = async(() -> queries.trainedBy(Dimension.COURSE, filter, scope));
        var modules = async(() -> modules(filter, scope));
        var competencies = async(() -> queries.competencies(filter, scope));
        var attitudes = async(() -> Suppression.apply(queries.attitudes(filter, scope)));
        var sessionRows = async(() -> queries.sessions(filter, scope));
        long[] sessions = sessionTotals.join();
        List<Figures.KnowledgeGain> knowledge = knowledgeGains.join();
        long gainLearners = knowledge.stream().mapToLong(Figures.KnowledgeGain::learners).sum();
        Double gain = gainLearners == 0 ? null
                : knowledge.stream().mapToDouble(k -> k.gain() * k.learners()).sum() / gainLearners;
        Figures.Funnel funnel = funnelFigures.join();
        Figures.Headline headline = new Figures.Headline(trained.join(), funnel.enrolled(),
                funnel.completed(), gain, gainLearners, sessions[0],
                sessions[1] == 0 ? null : 100.0 * sessions[2] / sessions[1]);
        return new ProgrammeReport(filter, clock.instant(), refreshed, headline, byMonth.join(), byProfession.join(),
                byCounty.join(), byInstitution.join(), byCourse.join(), funnel, modules.join(), knowledge,
                competencies.join(), attitudes.join(), sessionRows.join(), List.of());
    }

    private <T> java.util.concurrent.CompletableFuture<T> async(java.util.function.Supplier<T> query) {
        return java.util.concurrent.CompletableFuture.supplyAsync(query, QUERIES);
    }

    private List<ModuleReach> modules(ReportFilter filter, Scope scope) {
        if (filter.courseSlug() == null) {
            return List.of();
        }
        CourseDefinition course = catalog.course(filter.courseSlug()).orElse(null);
        if (course == null) {
            return List.of();
        }
        Map<Integer, Long> furthest = queries.furthestModules(filter, scope);
        long enrolled = furthest.values().stream().mapToLong(Long::longValue).sum();
        List<ModuleReach> reach = new ArrayList<>();
        List<ModuleDefinition> modules = course.modules();
        for (int i = 1; i <= modules.size(); i++) {
            int number = i;
            long reached = furthest.entrySet().stream().filter(e -> e.getKey() >= number).mapToLong(Map.Entry::getValue).sum();
            reach.add(new ModuleReach(number, modules.get(i - 1).title(), reached, enrolled));
        }
        return reach;
    }

    /** Progress to every target, counted over the whole programme. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<TargetProgress> targetProgress() {
        return progress();
    }

    private List<TargetProgress> progress() {
        LocalDate today = LocalDate.now(clock.withZone(Months.ROMANIA));
        List<java.util.concurrent.CompletableFuture<TargetProgress>> progress = targets.all().stream().map(t -> async(() -> {
            ReportFilter filter = new ReportFilter(YearMonth.from(t.startsOn()), YearMonth.from(t.deadline()),
                    t.courseSlug(), t.profession() == null ? null : Profession.valueOf(t.profession()),
                    t.county() == null ? null : County.valueOf(t.county()), null, null);
            long achieved = queries.trained(filter, Scope.ALL);
            long days = Math.max(1, ChronoUnit.DAYS.between(t.startsOn(), t.deadline()));
            long elapsed = Math.clamp(ChronoUnit.DAYS.between(t.startsOn(), today), 0, days);
            long expected = (long) Math.floor((double) t.count() * elapsed / days);
            return new TargetProgress(t, achieved, expected, today);
        })).toList();
        return progress.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public Target saveTarget(Target target) {
        return targets.save(target);
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public void deleteTarget(long id) {
        targets.delete(id);
    }

    /** The cohorts the current user may choose: all for coordinators, their own for trainers. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public List<CohortOption> cohorts() {
        UserAccount me = me();
        if (seesEverything(me)) {
            return jdbc.query("SELECT id, name FROM cohort ORDER BY name", Map.of(),
                    (rs, i) -> new CohortOption(rs.getLong(1), rs.getString(2)));
        }
        return jdbc.query("""
                SELECT c.id, c.name FROM cohort c JOIN cohort_trainer t ON t.cohort_id = c.id
                WHERE t.user_id = :me ORDER BY c.name""", Map.of("me", me.id()),
                (rs, i) -> new CohortOption(rs.getLong(1), rs.getString(2)));
    }

    /** Whether the current user sees the whole programme (coordinators, administrators). */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public boolean seesWholeProgramme() {
        return seesEverything(me());
    }

    /** Recomputes every figure from the source tables (an administrator's repair; also after a bulk import). */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public int rebuild(java.util.function.LongConsumer progress) {
        return facts.rebuild(progress);
    }

    /** When the figures were last brought up to date. */
    public java.util.Optional<Instant> refreshedTo() {
        return facts.refreshedTo();
    }

    private Scope scope(ReportFilter filter) {
        UserAccount me = me();
        if (seesEverything(me)) {
            return Scope.ALL;
        }
        List<Long> mine = cohorts().stream().map(CohortOption::id).toList();
        if (filter.cohortId() != null && !mine.contains(filter.cohortId())) {
            throw new AccessDeniedException("Cohort " + filter.cohortId() + " is not the trainer's");
        }
        return new Scope(false, mine);
    }

    private static boolean seesEverything(UserAccount user) {
        return user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN);
    }

    private UserAccount me() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
