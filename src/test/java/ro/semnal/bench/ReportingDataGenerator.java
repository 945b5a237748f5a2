package ro.semnal.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.bench.LearnerJourney.Learner;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.reporting.ReportFacts;

/**
 * Fills an empty Semnal database (MariaDB/MySQL) with a realistic synthetic programme for the reporting
 * benchmark: by default 100,000 learners registered between January 2024 and now, their enrolments in the real
 * courses of {@code courses/} (the core course for most, then the course of their profession), item progress,
 * quiz attempts, certificates, and cohorts with trainers, sessions and attendance; then rebuilds the reporting
 * facts ({@link ReportFacts#rebuild}) and times it.
 *
 * <p>It starts Semnal on the database first (Flyway creates the schema, the courses are imported), with the
 * scheduler off, then writes with plain JDBC batches (foreign and unique checks off for the session: every row is
 * consistent by construction). Synthetic accounts have e-mails under {@code .invalid} and a password hash of a
 * random secret that is thrown away, so nobody can sign in as them. Deterministic for a seed.
 *
 * <p>Not a test: run with {@code scripts/generate-data.sh [database]}, which adds {@code rewriteBatchedStatements=true}
 * to the URL (without it the driver sends the batches row by row). Settings: {@code -Dgen.learners=100000},
 * {@code -Dgen.seed=8}; {@code --name=value} arguments override Spring properties.
 */
public final class ReportingDataGenerator {

    public static final String COORDINATOR_EMAIL = "coordonator@semnal-synthetic.invalid";
    private static final Instant PROGRAMME_START = LocalDate.of(2024, 1, 8).atStartOfDay(LearnerJourney.BUCHAREST).toInstant();
    private static final Map<Profession, String> ROLE_COURSE = new EnumMap<>(Map.of(
            Profession.POLICE_OFFICER, "police", Profession.JUDGE, "judges", Profession.PROSECUTOR, "prosecutors",
            Profession.MEDICAL_STAFF, "medical-staff", Profession.SOCIAL_WORKER, "social-workers",
            Profession.TEACHER, "community-actors", Profession.CLERGY, "community-actors", Profession.OTHER, "community-actors"));
    private static final Map<Profession, Double> ABILITY = new EnumMap<>(Map.of(
            Profession.POLICE_OFFICER, 0.50, Profession.JUDGE, 0.60, Profession.PROSECUTOR, 0.60,
            Profession.MEDICAL_STAFF, 0.48, Profession.SOCIAL_WORKER, 0.55, Profession.TEACHER, 0.44,
            Profession.CLERGY, 0.40, Profession.OTHER, 0.42));

    record Person(long id, String name, Profession profession, County county, String institution, String language,
            Instant registered) {
    }

    record Cohort(long id, String name, County county, Profession profession, Instant created, List<Person> members,
            long trainer) {
    }

    private final SplittableRandom random;
    private final Instant now;
    private final CatalogService catalog;
    private final SyntheticPeople people;
    private final Map<String, Duration> timings = new LinkedHashMap<>();

    ReportingDataGenerator(long seed, Instant now, CatalogService catalog) {
        this.random = new SplittableRandom(seed);
        this.now = now;
        this.catalog = catalog;
        this.people = new SyntheticPeople(random.split());
    }

    public static void main(String[] args) throws Exception {
        int learners = Integer.getInteger("gen.learners", 100_000);
        long seed = Long.getLong("gen.seed", 8);
        long boot = System.nanoTime();
        try (ConfigurableApplicationContext context = BenchApp.start(args, Map.of())) {
            System.out.printf(Locale.ROOT, "Semnal started in %.1f s; generating %,d learners (seed %d)%n",
                    (System.nanoTime() - boot) / 1e9, learners, seed);
            Instant now = context.getBean(java.time.Clock.class).instant();
            ReportingDataGenerator generator = new ReportingDataGenerator(seed, now, context.getBean(CatalogService.class));
            DataSource dataSource = context.getBean(DataSource.class);
            generator.generate(dataSource, learners);
            generator.rebuild(context.getBean(ReportFacts.class), dataSource);
            generator.printCounts(dataSource);
        }
        System.exit(0);
    }

    void generate(DataSource dataSource, int learners) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            execute(connection, "SET SESSION foreign_key_checks = 0, unique_checks = 0");
            long firstId = 1 + longValue(connection, "SELECT COALESCE(MAX(id), 0) FROM users");
            List<Person> learnerList = people(firstId, learners, connection);
            List<Person> trainers = staff(firstId + learners, Math.max(3, learners / 330), "TRAINER", connection);
            staff(firstId + learners + trainers.size(), 1, "COORDINATOR", connection);
            connection.commit();
            lap("users and roles", start);
            List<Cohort> cohorts = cohorts(learnerList, trainers);
            long t = System.nanoTime();
            Map<Long, Instant> joined = writeCohorts(connection, cohorts, trainers);
            connection.commit();
            lap("cohorts, sessions, attendance", t);
            t = System.nanoTime();
            journeys(connection, learnerList, joined);
            lap("enrolments, progress, attempts, certificates", t);
            execute(connection, "SET SESSION foreign_key_checks = 1, unique_checks = 1");
        }
        timings.put("generation (total)", Duration.ofNanos(System.nanoTime() - start));
    }

    private List<Person> people(long firstId, int count, Connection connection) throws SQLException {
        List<Person> list = new ArrayList<>(count);
        String hash = unusableHash();
        try (Batch users = usersBatch(connection); Batch roles = new Batch(connection, "user_roles", "user_id, role")) {
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                Profession profession = people.profession();
                County county = people.county();
                Person p = new Person(id, people.name(), profession, county, people.institution(profession, county),
                        random.nextDouble() < 0.95 ? "RO" : "EN", registered());
                list.add(p);
                users.row(id, 0, email(p), p.name(), hash, profession.name(), p.institution(), county.name(), p.language(),
                        true, p.registered());
                roles.row(id, "LEARNER");
            }
        }
        list.sort(Comparator.comparing(Person::registered));
        return list;
    }

    private List<Person> staff(long firstId, int count, String role, Connection connection) throws SQLException {
        List<Person> list = new ArrayList<>();
        String hash = unusableHash();
        try (Batch users = usersBatch(connection); Batch roles = new Batch(connection, "user_roles", "user_id, role")) {
            for (int i = 0; i < count; i++) {
                County county = people.county();
                Profession profession = random.nextBoolean() ? Profession.SOCIAL_WORKER : Profession.OTHER;
                Person p = new Person(firstId + i, people.name(), profession, county,
                        people.institution(profession, county), "RO", PROGRAMME_START.minus(Duration.ofDays(30)));
                list.add(p);
                String email = role.equals("COORDINATOR") ? COORDINATOR_EMAIL : email(p);
                users.row(p.id(), 0, email, p.name(), hash, profession.name(), p.institution(), county.name(), "RO", true,
                        p.registered());
                roles.row(p.id(), role);
            }
        }
        return list;
    }

    private static Batch usersBatch(Connection connection) throws SQLException {
        return new Batch(connection, "users", "id, version, email, full_name, password_hash, profession, institution,"
                + " county, language, active, created_at");
    }

    /** A BCrypt hash of a random secret that is not kept: a valid hash that no password matches. */
    private static String unusableHash() {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        return "{bcrypt}" + new BCryptPasswordEncoder(4).encode(java.util.HexFormat.of().formatHex(secret));
    }

    private static String email(Person p) {
        String ascii = java.text.Normalizer.normalize(p.name(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(' ', '.');
        return ascii + "." + p.id() + "@semnal-synthetic.invalid";
    }

    /** Registration time: the programme grows (three times as many sign-ups at the end), with a summer lull. */
    private Instant registered() {
        long span = Duration.between(PROGRAMME_START, now.minus(Duration.ofDays(1))).getSeconds();
        while (true) {
            double u = random.nextDouble();
            double x = (-1 + Math.sqrt(1 + 8 * u)) / 2;
            Instant at = PROGRAMME_START.plusSeconds((long) (x * span));
            ZonedDateTime local = at.atZone(LearnerJourney.BUCHAREST);
            boolean lull = local.getMonth() == Month.JULY || local.getMonth() == Month.AUGUST
                    || local.getDayOfWeek().getValue() >= 6;
            if (!lull || random.nextDouble() < 0.35) {
                return at;
            }
        }
    }

    /**
     * About a third of the learners train in a cohort: colleagues of one profession in one county who
     * registered around the same time, 12 to 30 per cohort, each run by a trainer of the county when there is one.
     */
    private List<Cohort> cohorts(List<Person> learners, List<Person> trainers) {
        Map<String, List<Person>> groups = new LinkedHashMap<>();
        for (Person p : learners) {
            if (random.nextDouble() < 0.28) {
                groups.computeIfAbsent(p.county() + "/" + p.profession(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<County, List<Person>> trainersByCounty = new EnumMap<>(County.class);
        trainers.forEach(t -> trainersByCounty.computeIfAbsent(t.county(), k -> new ArrayList<>()).add(t));
        List<Cohort> cohorts = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        long id = 1;
        for (List<Person> group : groups.values()) {
            int i = 0;
            while (group.size() - i >= 12) {
                int size = Math.min(group.size() - i, 12 + random.nextInt(19));
                List<Person> members = List.copyOf(group.subList(i, i + size));
                i += size;
                Person last = members.getLast();
                Instant created = last.registered().plus(Duration.ofHours(6 + random.nextInt(48)));
                if (!created.isBefore(now)) {
                    break;
                }
                List<Person> local = trainersByCounty.getOrDefault(last.county(), trainers);
                int year = created.atZone(LearnerJourney.BUCHAREST).getYear();
                String key = last.county() + "/" + last.profession() + "/" + year;
                int number = numbers.merge(key, 1, Integer::sum);
                String name = label(last.profession()) + " " + last.county().displayName() + " " + year + " – grupa " + number;
                cohorts.add(new Cohort(id++, name, last.county(), last.profession(), created, members,
                        local.get(random.nextInt(local.size())).id()));
            }
        }
        return cohorts;
    }

    private static String label(Profession profession) {
        return switch (profession) {
            case POLICE_OFFICER -> "Poliție";
            case JUDGE -> "Judecători";
            case PROSECUTOR -> "Procurori";
            case MEDICAL_STAFF -> "Personal medical";
            case SOCIAL_WORKER -> "Asistență socială";
            case TEACHER -> "Profesori";
            case CLERGY -> "Preoți";
            case OTHER -> "Actori comunitari";
        };
    }

    /** Writes the cohorts; returns when each member joined (their enrolments start then). */
    private Map<Long, Instant> writeCohorts(Connection connection, List<Cohort> cohorts, List<Person> trainers)
            throws SQLException {
        Map<Long, Instant> joined = new HashMap<>();
        Map<Long, String> trainerEmails = new HashMap<>();
        trainers.forEach(t -> trainerEmails.put(t.id(), email(t)));
        long sessionId = 1;
        try (Batch cohort = new Batch(connection, "cohort", "id, version, name, start_date, end_date, capacity,"
                + " attendance_required, created_at");
                Batch course = new Batch(connection, "cohort_course", "cohort_id, course_slug");
                Batch trainer = new Batch(connection, "cohort_trainer", "cohort_id, user_id");
                Batch member = new Batch(connection, "cohort_member", "cohort_id, user_id, joined_at, source");
                Batch session = new Batch(connection, "cohort_session", "id, version, cohort_id, title, mode, meeting_link,"
                        + " place, address, starts_at, ends_at, capacity, notes, status, sequence");
                Batch attendance = new Batch(connection, "attendance", "session_id, user_id, status, note, recorded_by,"
                        + " recorded_at")) {
            for (Cohort c : cohorts) {
                LocalDate start = LocalDate.ofInstant(c.created(), LearnerJourney.BUCHAREST).plusDays(7);
                cohort.row(c.id(), 0, c.name(), start, start.plusDays(42), 30, random.nextDouble() < 0.3 ? 2 : 0, c.created());
                course.row(c.id(), "core-trafficking");
                course.row(c.id(), ROLE_COURSE.get(c.profession()));
                trainer.row(c.id(), c.trainer());
                for (Person p : c.members()) {
                    Instant at = c.created().plus(Duration.ofMinutes(random.nextInt(72 * 60)));
                    member.row(c.id(), p.id(), at, random.nextBoolean() ? "IMPORTED" : random.nextBoolean() ? "INVITE" : "PICKED");
                    joined.put(p.id(), at);
                }
                for (int s = 0; s < 3; s++) {
                    boolean online = s != 1;
                    Instant begins = start.plusDays(14L * s).atTime(10, 0).atZone(LearnerJourney.BUCHAREST).toInstant();
                    Instant ends = begins.plus(Duration.ofHours(2));
                    boolean cancelled = random.nextDouble() < 0.03;
                    session.row(sessionId, 0, c.id(), "Sesiunea " + (s + 1), online ? "ONLINE" : "IN_PERSON",
                            online ? "https://meet.jit.si/semnal-" + c.id() + "-" + (s + 1) : null,
                            online ? null : c.members().getFirst().institution(),
                            online ? null : SyntheticPeople.seat(c.county()), begins, ends, 30, null,
                            cancelled ? "CANCELLED" : "SCHEDULED", 0);
                    if (!cancelled && ends.isBefore(now) && random.nextDouble() < 0.95) {
                        for (Person p : c.members()) {
                            double u = random.nextDouble();
                            attendance.row(sessionId, p.id(), u < 0.82 ? "PRESENT" : u < 0.94 ? "ABSENT" : "EXCUSED", null,
                                    trainerEmails.get(c.trainer()), ends.plus(Duration.ofMinutes(5 + random.nextInt(600))));
                        }
                    }
                    sessionId++;
                }
            }
        }
        return joined;
    }

    private void journeys(Connection connection, List<Person> learners, Map<Long, Instant> joined) throws SQLException {
        CourseDefinition core = catalog.course("core-trafficking").orElseThrow(() -> new IllegalStateException(
                "core-trafficking is not loaded: run from the project folder (semnal.catalog.folder=courses)"));
        try (Batch enrollment = new Batch(connection, "enrollment", "user_id, course_slug, enrolled_at, last_item_slug,"
                + " last_activity_at, completed_at, completed_version");
                Batch progress = new Batch(connection, "item_progress", "user_id, course_slug, item_slug, first_viewed_at, completed_at");
                Batch attempt = new Batch(connection, "quiz_attempt", "user_id, course_slug, quiz_slug, quiz_kind, content_version,"
                        + " attempt_number, started_at, deadline_at, submitted_at, status, auto_submitted, score_percent, passed,"
                        + " layout, competencies");
                Batch certificate = new Batch(connection, "certificate", "code, user_id, course_slug, issue_number, status,"
                        + " holder_name, profession, county, institution, language, course_title_ro, course_title_en, hours,"
                        + " completed_on, expires_on, refresher_course, content_version, issuer_name, issuer_role, issued_at,"
                        + " revoked_at, revoke_reason, superseded_by")) {
            LearnerJourney journey = new LearnerJourney(random.split(), now,
                    new LearnerJourney.Sink(enrollment, progress, attempt, certificate));
            int done = 0;
            for (Person p : learners) {
                Instant join = joined.get(p.id());
                boolean inCohort = join != null;
                Learner learner = new Learner(p.id(), p.name(), p.profession().name(), p.county().name(), p.institution(),
                        p.language(), LearnerJourney.clamp(ABILITY.get(p.profession()) + random.nextGaussian() * 0.12, 0.1, 0.9),
                        LearnerJourney.clamp(0.22 + (inCohort ? 0.04 : 0) + random.nextGaussian() * 0.08, -0.05, 0.45),
                        LearnerJourney.clamp(56 + random.nextGaussian() * 14, 0, 100), inCohort);
                Instant from = inCohort ? join : p.registered();
                Instant coreCompleted = null;
                if (inCohort || random.nextDouble() < 0.90) {
                    coreCompleted = journey.take(learner, core, from.plus(exponential(Duration.ofDays(2))));
                }
                CourseDefinition role = catalog.course(ROLE_COURSE.get(p.profession())).orElseThrow();
                double u = random.nextDouble();
                if (coreCompleted != null && u < (inCohort ? 0.8 : 0.55)) {
                    journey.take(learner, role, coreCompleted.plus(exponential(Duration.ofDays(5))));
                } else if (coreCompleted == null && u < 0.15) {
                    journey.take(learner, role, from.plus(exponential(Duration.ofDays(3))));
                }
                if (++done % 10_000 == 0) {
                    connection.commit();
                    System.out.printf(Locale.ROOT, "  %,d learners: %,d enrolments, %,d progress rows, %,d attempts, %,d certificates%n",
                            done, enrollment.rows(), progress.rows(), attempt.rows(), certificate.rows());
                }
            }
            enrollment.flush();
            progress.flush();
            attempt.flush();
            certificate.flush();
            connection.commit();
        }
        connection.commit();
    }

    private Duration exponential(Duration mean) {
        return Duration.ofSeconds((long) (-Math.log(1 - random.nextDouble()) * mean.getSeconds()));
    }

    void rebuild(ReportFacts facts, DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("users", "user_roles", "enrollment", "item_progress", "quiz_attempt", "certificate",
                    "cohort", "cohort_member", "cohort_session", "attendance")) {
                execute(connection, "ANALYZE TABLE " + table);
            }
        }
        long t = System.nanoTime();
        int learners = facts.rebuild(done -> {
            if (done % 20_000 == 0) {
                System.out.printf(Locale.ROOT, "  rebuild: %,d accounts%n", done);
            }
        });
        lap("ReportFacts.rebuild (" + learners + " accounts)", t);
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("report_enrolment", "report_learner", "report_competency", "report_attendance")) {
                execute(connection, "ANALYZE TABLE " + table);
            }
        }
    }

    void printCounts(DataSource dataSource) throws SQLException {
        System.out.println("\n| phase | time |\n|---|---:|");
        timings.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %.1f s |%n", k, v.toMillis() / 1000.0));
        System.out.println("\n| table | rows |\n|---|---:|");
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("users", "user_roles", "enrollment", "item_progress", "quiz_attempt", "certificate",
                    "cohort", "cohort_member", "cohort_session", "attendance", "report_learner", "report_enrolment",
                    "report_competency", "report_attendance")) {
                System.out.printf(Locale.ROOT, "| %s | %,d |%n", table, longValue(connection, "SELECT COUNT(*) FROM " + table));
            }
            System.out.printf(Locale.ROOT, "| (distinct institutions of learners) | %,d |%n",
                    longValue(connection, "SELECT COUNT(DISTINCT institution) FROM report_learner"));
            System.out.printf(Locale.ROOT, "| (learners with a valid certificate) | %,d |%n",
                    longValue(connection, "SELECT COUNT(DISTINCT user_id) FROM certificate WHERE status = 'VALID'"));
        }
    }

    private void lap(String phase, long startNanos) {
        Duration d = Duration.ofNanos(System.nanoTime() - startNanos);
        timings.put(phase, d);
        System.out.printf(Locale.ROOT, "%s: %.1f s%n", phase, d.toMillis() / 1000.0);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long longValue(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
