package ro.semnal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.reporting.Figures.AttitudeChange;
import ro.semnal.reporting.Figures.Target;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/**
 * The programme figures on a small programme whose answers are worked out by hand below. The context reads the
 * real courses (core-trafficking has a pre-test, a post-test, two attitude surveys and four modules). The figures
 * are asked for January to October 2026, where no other test writes (they work in the present), so on a
 * database shared with other tests nothing but this fixture is counted.
 *
 * <pre>
 * learner  profession  county  registered  core-trafficking                                   certificates
 * P1       police      CJ      2026-01-10  completed, module 4, pre 40 (2nd try 90), post 80      core 2026-02-28 22:30 UTC = 1 March in Bucharest; police course 2026-03-10
 * P2       police      CJ      2026-01-15  completed, module 4, pre 50, post 70                   core 2026-02-28 21:30 UTC = 28 February in Bucharest
 * P3       police      IS      2026-02-01  completed, module 2, pre 30, no post-test               core, revoked
 * P4       police      CJ      2026-02-10  enrolled, never started
 * P5       police      CJ      2026-02-11  enrolled, never started
 * M1       medical     IS      2026-02-03  completed, module 4, pre 60, post 100                  core superseded (2026-03-15), re-issued valid (2026-04-05)
 * S1       social      B       2026-03-01  started, module 2
 * T1       teacher     B       2026-03-05  not enrolled
 * attitude index before/after (core): P1 50/75, P2 40/60, P3 60/80, P4 30/70, P5 45/65, M1 55/85
 * cohort "Grupa Cluj" (core): P1, P2, P4; sessions 10 Feb (P1 present, P2 absent, P4 not marked), 3 Mar (all present),
 * 5 Mar (cancelled)
 * </pre>
 */
@SpringBootTest(properties = "semnal.catalog.folder=courses")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingIT {

    private static final String CORE = "core-trafficking";
    /** The fixture's months: other tests' data is dated now, after them. */
    private static final ReportFilter BASE = period("2026-01", "2026-10");

    @Autowired
    ReportingService reporting;
    @Autowired
    ReportFacts facts;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportDocuments documents;
    @Autowired
    MonthlyReport monthly;

    private long p4;
    private long cohort;
    private long otherCohort;
    private UserAccount trainer;

    @BeforeAll
    void programme() {
        ReportingFixture f = new ReportingFixture(jdbc);
        long p1 = f.learner("P1", "POLICE_OFFICER", "CJ", "IPJ Cluj", "2026-01-10");
        long p2 = f.learner("P2", "POLICE_OFFICER", "CJ", "IPJ Cluj", "2026-01-15");
        long p3 = f.learner("P3", "POLICE_OFFICER", "IS", "IPJ Iași", "2026-02-01");
        p4 = f.learner("P4", "POLICE_OFFICER", "CJ", "IPJ Cluj", "2026-02-10");
        long p5 = f.learner("P5", "POLICE_OFFICER", "CJ", "IPJ Cluj", "2026-02-11");
        long m1 = f.learner("M1", "MEDICAL_STAFF", "IS", "Spitalul Județean Iași", "2026-02-03");
        long s1 = f.learner("S1", "SOCIAL_WORKER", "B", "DGASPC Sector 3", "2026-03-01");
        f.learner("T1", "TEACHER", "B", "Școala Gimnazială nr. 1", "2026-03-05");

        f.enrol(p1, CORE, "2026-01-12T10:00:00Z", "2026-02-28T22:00:00Z");
        f.enrol(p1, "police", "2026-01-12T10:00:00Z", "2026-03-10T10:00:00Z");
        f.enrol(p2, CORE, "2026-02-01T10:00:00Z", "2026-02-28T21:00:00Z");
        f.enrol(p3, CORE, "2026-02-02T10:00:00Z", "2026-02-19T10:00:00Z");
        f.enrol(p4, CORE, "2026-02-12T10:00:00Z", null);
        f.enrol(p5, CORE, "2026-02-12T10:00:00Z", null);
        f.enrol(m1, CORE, "2026-02-04T10:00:00Z", "2026-03-14T10:00:00Z");
        f.enrol(s1, CORE, "2026-03-02T10:00:00Z", null);

        f.viewed(p1, CORE, "pre-test", "what-is-trafficking", "first-contact", "victims-rights");
        f.viewed(p2, CORE, "pre-test", "post-test");
        f.viewed(p3, CORE, "indicators-sexual-labour");
        f.viewed(m1, CORE, "attitudes-after");
        f.viewed(s1, CORE, "pre-test", "indicators-sexual-labour");

        f.attempt(p1, CORE, "pre-test", "PRE_TEST", 1, "2026-01-12T11:00:00Z", 40, "identification=0.0/5.0");
        f.attempt(p1, CORE, "pre-test", "PRE_TEST", 2, "2026-01-13T11:00:00Z", 90, null);
        f.attempt(p1, CORE, "post-test", "POST_TEST", 1, "2026-02-27T11:00:00Z", 80, null);
        f.attempt(p2, CORE, "pre-test", "PRE_TEST", 1, "2026-02-01T11:00:00Z", 50, null);
        f.attempt(p2, CORE, "post-test", "POST_TEST", 1, "2026-02-27T11:00:00Z", 70, null);
        f.attempt(p3, CORE, "pre-test", "PRE_TEST", 1, "2026-02-02T11:00:00Z", 30, null);
        f.attempt(m1, CORE, "pre-test", "PRE_TEST", 1, "2026-02-04T11:00:00Z", 60, null);
        f.attempt(m1, CORE, "post-test", "POST_TEST", 1, "2026-03-13T11:00:00Z", 100, null);
        // competencies: the latest attempt of each assessed quiz counts, the pre-test never
        f.attempt(p1, CORE, "final-quiz", "GRADED", 1, "2026-02-27T12:00:00Z", 60, "identification=1.0/2.0;referral=1.0/1.0");
        f.attempt(p1, CORE, "final-quiz", "GRADED", 2, "2026-02-28T12:00:00Z", 70, "identification=2.0/2.0;referral=0.0/1.0");
        f.attempt(p1, CORE, "case-practice", "PRACTICE", 1, "2026-02-20T12:00:00Z", 50, "first-response=1.0/2.0");
        f.attempt(p2, CORE, "final-quiz", "GRADED", 1, "2026-02-27T12:00:00Z", 50, "identification=1.0/2.0");
        double[][] attitudes = {{50, 75}, {40, 60}, {60, 80}, {30, 70}, {45, 65}, {55, 85}};
        long[] surveyed = {p1, p2, p3, p4, p5, m1};
        for (int i = 0; i < surveyed.length; i++) {
            f.attempt(surveyed[i], CORE, "attitudes-before", "ATTITUDE_SURVEY", 1, "2026-02-12T11:00:00Z", attitudes[i][0], null);
            f.attempt(surveyed[i], CORE, "attitudes-after", "ATTITUDE_SURVEY", 1, "2026-03-20T11:00:00Z", attitudes[i][1], null);
        }

        f.certificate(p1, CORE, 1, "VALID", "2026-02-28T22:30:00Z", "POLICE_OFFICER", "CJ", "IPJ Cluj");
        f.certificate(p1, "police", 1, "VALID", "2026-03-10T10:00:00Z", "POLICE_OFFICER", "CJ", "IPJ Cluj");
        f.certificate(p2, CORE, 1, "VALID", "2026-02-28T21:30:00Z", "POLICE_OFFICER", "CJ", "IPJ Cluj");
        f.certificate(p3, CORE, 1, "REVOKED", "2026-02-20T10:00:00Z", "POLICE_OFFICER", "IS", "IPJ Iași");
        f.certificate(m1, CORE, 1, "SUPERSEDED", "2026-03-15T10:00:00Z", "MEDICAL_STAFF", "IS", "Spitalul Județean Iași");
        f.certificate(m1, CORE, 2, "VALID", "2026-04-05T10:00:00Z", "MEDICAL_STAFF", "IS", "Spitalul Județean Iași");

        trainer = users.create("Formator Rapoarte", Role.TRAINER);
        UserAccount otherTrainer = users.create("Alt Formator", Role.TRAINER);
        cohort = f.cohort("Grupa Cluj", CORE, trainer.id());
        otherCohort = f.cohort("Grupa Iași", CORE, otherTrainer.id());
        for (long member : new long[] {p1, p2, p4}) {
            f.member(cohort, member);
        }
        f.member(otherCohort, m1);
        long february = f.session(cohort, "2026-02-10T08:00:00Z", "SCHEDULED");
        f.attendance(february, p1, "PRESENT");
        f.attendance(february, p2, "ABSENT");
        long march = f.session(cohort, "2026-03-03T08:00:00Z", "SCHEDULED");
        for (long member : new long[] {p1, p2, p4}) {
            f.attendance(march, member, "PRESENT");
        }
        f.session(cohort, "2026-03-05T08:00:00Z", "CANCELLED");

        facts.rebuild(done -> { });
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ProgrammeReport asCoordinator(ReportFilter filter) {
        signIn.as(users.create("Coordonator", Role.COORDINATOR));
        return reporting.report(filter);
    }

    private static ReportFilter period(String from, String to) {
        return new ReportFilter(YearMonth.parse(from), YearMonth.parse(to), null, null, null, null, null);
    }

    @Test
    void trained_specialists_are_distinct_people_with_a_valid_certificate() {
        ProgrammeReport report = asCoordinator(BASE);

        // P1 (two certificates), P2, M1 (superseded then re-issued); P3's certificate is revoked
        assertThat(report.headline().trained()).isEqualTo(3);
        assertThat(report.byProfession()).extracting("key", "count")
                .containsExactly(tuple("POLICE_OFFICER", 2L), tuple("MEDICAL_STAFF", 1L));
        assertThat(report.byCounty()).extracting("key", "count").containsExactly(tuple("CJ", 2L), tuple("IS", 1L));
        assertThat(report.byCourse()).extracting("key", "count")
                .containsExactly(tuple(CORE, 3L), tuple("police", 1L));
        assertThat(report.byInstitution()).extracting("key", "count")
                .containsExactly(tuple("IPJ Cluj", 2L), tuple("Spitalul Județean Iași", 1L));
    }

    @Test
    void each_person_counts_once_in_the_month_of_their_first_certificate_in_romanian_time() {
        ProgrammeReport report = asCoordinator(BASE);

        // P2: 28 Feb 23:30 in Bucharest; P1: 1 March 00:30 in Bucharest (still February in UTC); M1: first issue 15 March
        assertThat(report.trainedByMonth()).extracting("month", "trained", "cumulative").containsExactly(
                tuple(YearMonth.of(2026, 1), 0L, 0L), tuple(YearMonth.of(2026, 2), 1L, 1L), tuple(YearMonth.of(2026, 3), 2L, 3L));
        assertThat(asCoordinator(period("2026-02", "2026-02")).headline().trained()).isEqualTo(1);
        assertThat(asCoordinator(period("2026-03", "2026-03")).headline().trained()).isEqualTo(2);
        assertThat(asCoordinator(period("2026-04", "2026-10")).headline().trained()).isZero();
    }

    @Test
    void the_funnel_follows_people_from_registration_to_certificate() {
        Figures.Funnel funnel = asCoordinator(BASE).funnel();

        assertThat(funnel).isEqualTo(new Figures.Funnel(8L, 7, 5, 4, 3));
        Figures.Funnel february = asCoordinator(period("2026-02", "2026-02")).funnel();
        // registered in February: P3, P4, P5, M1; enrolled in February: P2, P3, P4, P5, M1
        assertThat(february).isEqualTo(new Figures.Funnel(4L, 5, 3, 3, 2));
        assertThat(asCoordinator(BASE.withCourse(CORE)).funnel().registered()).isNull();
    }

    @Test
    void module_drop_off_counts_who_reached_each_module_of_the_chosen_course() {
        List<Figures.ModuleReach> modules = asCoordinator(BASE.withCourse(CORE)).modules();

        // furthest module: P1 4, P2 4, P3 2, P4 0, P5 0, M1 4, S1 2
        assertThat(modules).extracting("number", "reached", "enrolled").containsExactly(
                tuple(1, 5L, 7L), tuple(2, 5L, 7L), tuple(3, 3L, 7L), tuple(4, 3L, 7L));
        assertThat(asCoordinator(BASE).modules()).isEmpty();
    }

    @Test
    void knowledge_gain_pairs_the_first_pre_test_with_the_first_post_test() {
        ProgrammeReport report = asCoordinator(BASE);

        assertThat(report.knowledge()).extracting("course", "profession", "learners", "pre", "post").containsExactlyInAnyOrder(
                tuple(CORE, "POLICE_OFFICER", 2L, 45.0, 75.0), tuple(CORE, "MEDICAL_STAFF", 1L, 60.0, 100.0));
        assertThat(report.headline().averageGain()).isCloseTo((30.0 * 2 + 40.0) / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.headline().gainLearners()).isEqualTo(3);
    }

    @Test
    void competencies_add_up_the_latest_attempt_of_each_assessed_quiz() {
        assertThat(asCoordinator(BASE).competencies())
                .extracting("competency", "learners", "earned", "possible").containsExactlyInAnyOrder(
                        tuple("identification", 2L, 3.0, 4.0), tuple("referral", 1L, 0.0, 1.0),
                        tuple("first-response", 1L, 1.0, 2.0));
    }

    @Test
    void attitude_groups_under_five_are_suppressed_and_cannot_be_worked_out_from_the_total() {
        List<AttitudeChange> all = asCoordinator(BASE).attitudes();

        // police 5 respondents, medical 1: medical is hidden, police too (total minus police = M1's answers)
        assertThat(all).extracting("profession", "suppressed").containsExactly(
                tuple("MEDICAL_STAFF", true), tuple("POLICE_OFFICER", true), tuple(null, false));
        AttitudeChange total = all.get(2);
        assertThat(total.respondents()).isEqualTo(6);
        assertThat(total.before()).isCloseTo(280.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(total.after()).isCloseTo(435.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(all.getFirst().before()).isNull();

        List<AttitudeChange> police = asCoordinator(
                new ReportFilter(BASE.from(), BASE.to(), null, Profession.POLICE_OFFICER, null, null, null)).attitudes();
        assertThat(police.getFirst()).isEqualTo(new AttitudeChange(CORE, "POLICE_OFFICER", 5, 45.0, 70.0, false));

        List<AttitudeChange> iasi = asCoordinator(new ReportFilter(BASE.from(), BASE.to(), null, null, County.IS, null, null)).attitudes();
        assertThat(iasi).allMatch(AttitudeChange::suppressed);
    }

    @Test
    void sessions_count_those_held_and_the_share_of_expected_learners_present() {
        ProgrammeReport report = asCoordinator(BASE);

        assertThat(report.sessions()).extracting("month", "county", "sessions", "expected", "present").containsExactly(
                tuple(YearMonth.of(2026, 2), "CJ", 1L, 3L, 1L), tuple(YearMonth.of(2026, 3), "CJ", 1L, 3L, 3L));
        assertThat(report.headline().sessionsHeld()).isEqualTo(2);
        assertThat(report.headline().attendanceRate()).isCloseTo(400.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        // the cohort teaches the core course only
        assertThat(asCoordinator(BASE.withCourse(CORE)).headline().sessionsHeld()).isEqualTo(2);
        assertThat(asCoordinator(BASE.withCourse("police")).sessions()).isEmpty();
        assertThat(asCoordinator(BASE.withCourse("police")).headline().sessionsHeld()).isZero();
    }

    @Test
    void every_filter_narrows_the_trained_count() {
        assertThat(asCoordinator(new ReportFilter(BASE.from(), BASE.to(), null, null, County.IS, null, null)).headline().trained()).isEqualTo(1);
        assertThat(asCoordinator(new ReportFilter(BASE.from(), BASE.to(), "police", null, null, null, null)).headline().trained()).isEqualTo(1);
        assertThat(asCoordinator(new ReportFilter(BASE.from(), BASE.to(), null, null, null, "IPJ Cluj", null)).headline().trained()).isEqualTo(2);
        assertThat(asCoordinator(BASE.withCohort(cohort)).headline().trained()).isEqualTo(2);
        assertThat(asCoordinator(new ReportFilter(YearMonth.of(2026, 3), YearMonth.of(2026, 3), CORE,
                Profession.POLICE_OFFICER, County.CJ, "IPJ Cluj", cohort)).headline().trained()).isEqualTo(1);
    }

    @Test
    void a_trainer_sees_only_the_figures_of_their_own_cohorts() {
        signIn.as(trainer);
        ProgrammeReport mine = reporting.report(BASE);

        assertThat(mine.headline().trained()).isEqualTo(2);
        assertThat(mine.funnel().registered()).isNull();
        assertThat(mine.funnel().enrolled()).isEqualTo(3);
        assertThat(mine.targets()).isEmpty();
        assertThat(reporting.cohorts()).extracting("name").containsExactly("Grupa Cluj");
        assertThatThrownBy(() -> reporting.report(BASE.withCohort(otherCohort)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void learners_see_no_programme_figures() {
        signIn.as(users.create("Cursant Curios", Role.LEARNER));

        assertThatThrownBy(() -> reporting.report(BASE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(reporting::targetProgress).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void targets_show_progress_and_refuse_bad_input() {
        signIn.as(users.create("Coordonator Ținte", Role.COORDINATOR));
        Target all = reporting.saveTarget(new Target(null, "Specialiști 2026", 4, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 10, 31), null, null, null));
        reporting.saveTarget(new Target(null, "Polițiști", 2, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 31),
                "POLICE_OFFICER", null, null));

        assertThat(reporting.targetProgress()).extracting(p -> p.target().name(), Figures.TargetProgress::achieved,
                Figures.TargetProgress::reached).contains(tuple("Specialiști 2026", 3L, false), tuple("Polițiști", 2L, true));
        assertThatThrownBy(() -> reporting.saveTarget(new Target(null, " ", 0, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), null, null, null)))
                .isInstanceOf(ro.semnal.base.validation.InvalidInputException.class)
                .satisfies(e -> assertThat(((ro.semnal.base.validation.InvalidInputException) e).errors())
                        .extracting("messageKey").containsExactlyInAnyOrder("reporting.target.error.name",
                                "reporting.target.error.count", "reporting.target.error.order"));
        reporting.deleteTarget(all.id());
        assertThat(reporting.targetProgress()).extracting(p -> p.target().name()).doesNotContain("Specialiști 2026");
    }

    @Test
    void a_refresh_picks_up_a_new_certificate() {
        new ReportingFixture(jdbc).certificate(p4, CORE, 1, "VALID", java.time.Instant.now().toString(),
                "POLICE_OFFICER", "CJ", "IPJ Cluj");
        try {
            facts.refresh();
            assertThat(asCoordinator(ReportFilter.ALL.withCohort(cohort)).headline().trained()).isEqualTo(3);
        } finally {
            jdbc.update("DELETE FROM certificate WHERE user_id = :id", java.util.Map.of("id", p4));
            facts.recompute(List.of(p4));
        }
        assertThat(asCoordinator(ReportFilter.ALL.withCohort(cohort)).headline().trained()).isEqualTo(2);
    }

    private ReportTable table(List<ReportTable> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_csv_export_reads_back_as_the_table_in_the_chosen_language() {
        ReportTable byProfession = table(documents.tables(asCoordinator(BASE), ro.semnal.base.i18n.Language.RO),
                "trained-by-profession");

        String csv = new String(documents.csv(byProfession, ro.semnal.base.i18n.Language.RO), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).containsExactly("\uFEFF\"Profesia\";\"Specialiști formați\"",
                "\"Polițist\";\"2\"", "\"Personal medical\";\"1\"");
        ReportTable knowledge = table(documents.tables(asCoordinator(BASE), ro.semnal.base.i18n.Language.EN),
                "knowledge");
        assertThat(new String(documents.csv(knowledge, ro.semnal.base.i18n.Language.EN), java.nio.charset.StandardCharsets.UTF_8)
                .lines().skip(1).toList()).containsExactly(
                        "\"Human trafficking: core course for every profession\";\"Medical staff\";\"1\";\"60.0\";\"100.0\";\"40.0\"",
                        "\"Human trafficking: core course for every profession\";\"Police officer\";\"2\";\"45.0\";\"75.0\";\"30.0\"");
    }

    @Test
    void an_xlsx_export_holds_every_table_with_numbers_as_numbers() throws Exception {
        List<ReportTable> tables = documents.tables(asCoordinator(BASE), ro.semnal.base.i18n.Language.EN);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(documents.xlsx(tables)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(tables.size());
            var county = workbook.getSheet("trained-by-county");
            assertThat(county.getRow(0).getCell(0).getStringCellValue()).isEqualTo("County");
            assertThat(county.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Cluj");
            assertThat(county.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            var attitudes = workbook.getSheet("attitudes");
            assertThat(attitudes.getRow(1).getCell(2).getStringCellValue()).isEqualTo("too few to report (under 5)");
            assertThat(attitudes.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(6.0);
        }
    }

    @Test
    void the_pdf_report_holds_the_filters_the_tables_and_the_charts_with_diacritics() throws Exception {
        ProgrammeReport report = asCoordinator(new ReportFilter(BASE.from(), BASE.to(), null, null, County.CJ, null, null));
        java.util.List<Integer> progress = new java.util.ArrayList<>();

        byte[] pdf = documents.pdf(report, ro.semnal.base.i18n.Language.RO, progress::add);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "programme-report-sample.pdf"), pdf);

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Programul Semnal: raport", "Filtre: 2026-01 – 2026-10, Cluj", "Specialiști formați pe profesii",
                    "Polițist", "Câștigul de cunoștințe", "Pagina 1 din " + document.getNumberOfPages());
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
        }
        assertThat(progress).isNotEmpty().isSorted();
    }

    @Test
    void the_monthly_report_reaches_each_coordinator_once_however_often_the_job_fires() {
        UserAccount coordinator = users.create("Coordonator Lunar", Role.COORDINATOR);

        monthly.sendForPreviousMonth();
        monthly.sendForPreviousMonth();

        List<String> bodies = jdbc.queryForList(
                "SELECT body FROM notification WHERE recipient_email = :email AND kind = 'programme-report'",
                java.util.Map.of("email", coordinator.email()), String.class);
        assertThat(bodies).hasSize(1);
        assertThat(bodies.getFirst()).contains("Coordonator Lunar", "de la începutul programului: ", "/coordinator");
    }
}
