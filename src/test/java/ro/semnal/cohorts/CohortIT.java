package ro.semnal.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.certificates.CertificateService;
import ro.semnal.learning.CourseStatus;
import ro.semnal.learning.LearningService;
import ro.semnal.testsupport.MutableClock;
import ro.semnal.testsupport.MutableClockConfig;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/** Running a blended cohort: import, invite, sessions, reminders once, attendance, calendars (GreenMail). */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@Import(MutableClockConfig.class)
class CohortIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    CohortService cohorts;
    @Autowired
    SessionService sessions;
    @Autowired
    AccountService accounts;
    @Autowired
    LearningService learning;
    @Autowired
    CertificateService certificates;
    @Autowired
    Scheduler scheduler;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;
    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private UserAccount trainer;

    private CohortSummary cohort(int attendance, int capacity) {
        trainer = users.create("Formator Grupă", Role.TRAINER);
        signIn.as(trainer);
        return cohorts.create(new CohortForm("Grupa Cluj " + System.nanoTime(), Set.of("lessons-only"), LocalDate.now(),
                LocalDate.now().plusMonths(2), capacity, Set.of(trainer.id()), attendance));
    }

    private static List<MimeMessage> to(String email) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void a_trainer_sees_only_the_cohorts_they_run_and_a_coordinator_sees_all() {
        CohortSummary mine = cohort(0, 10);
        signIn.as(users.create("Alt Formator", Role.TRAINER));
        assertThat(cohorts.list()).extracting(CohortSummary::id).doesNotContain(mine.id());
        assertThatThrownBy(() -> cohorts.get(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.sessions(mine.id())).isInstanceOf(AccessDeniedException.class);
        signIn.as(users.create("Coordonator Tot", Role.COORDINATOR));
        assertThat(cohorts.list()).extracting(CohortSummary::id).contains(mine.id());
        signIn.as(users.create("Cursant Curios", Role.LEARNER));
        assertThatThrownBy(() -> cohorts.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_trainer_must_run_the_cohort_they_create_and_bad_input_is_reported() {
        UserAccount other = users.create("Formator Străin", Role.TRAINER);
        signIn.as(users.create("Formator Distrat", Role.TRAINER));
        assertThatThrownBy(() -> cohorts.create(new CohortForm("X", Set.of("no-course"), LocalDate.now(),
                LocalDate.now().minusDays(1), 0, Set.of(other.id()), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageKey()).containsExactlyInAnyOrder("cohorts.error.name",
                                "cohorts.error.courses", "cohorts.error.dates", "cohorts.error.capacity",
                                "cohorts.error.includeYourself"));
    }

    @Test
    void a_messy_csv_is_previewed_row_by_row_and_nothing_is_written_until_it_is_clean() {
        CohortSummary cohort = cohort(0, 50);
        UserAccount existing = users.create("Deja Cont", Role.LEARNER);
        String id = Long.toString(System.nanoTime());
        String csv = "\uFEFFNume;E-mail;Profesie;Instituție;Județ\r\n"
                + "Ștefan Țăranu;stefan" + id + "@ipj.ro;Polițist;\"IPJ \"\"Iași\"\"\";Iași\r\n"
                + "Dublură;stefan" + id + "@ipj.ro;Polițist;IPJ;IS\r\n"
                + "=HYPERLINK(\"http://rau\");rau" + id + "@x.ro;Polițist;IPJ;IS\r\n"
                + "Fără Adresă;nu-e-email;Judecător;Tribunal;CJ\r\n"
                + "Existent;" + existing.email().toUpperCase() + ";;;\r\n";
        ImportPreview preview = cohorts.previewImport(cohort.id(), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows()).extracting(ImportPreview.RowPlan::action).containsExactly(
                ImportPreview.Action.INVITE, ImportPreview.Action.ERROR, ImportPreview.Action.ERROR,
                ImportPreview.Action.ERROR, ImportPreview.Action.ENROL);
        assertThat(preview.rows().get(1).messageKeys()).contains("cohorts.import.duplicate");
        assertThat(preview.rows().get(2).messageKeys()).contains("validation.fullName.characters");
        assertThat(preview.rows().get(3).messageKeys()).contains("validation.email.invalid");
        assertThat(preview.importable()).isFalse();

        assertThatThrownBy(() -> cohorts.confirmImport(cohort.id(), csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(accounts.findByEmail("stefan" + id + "@ipj.ro")).isEmpty();
        assertThat(cohorts.members(cohort.id())).isEmpty();
    }

    @Test
    void a_clean_import_creates_and_invites_new_accounts_enrols_everyone_and_the_link_sets_a_password() throws Exception {
        CohortSummary cohort = cohort(0, 50);
        UserAccount existing = users.create("Deja Cont Doi", Role.LEARNER);
        String email = "nou" + System.nanoTime() + "@dgaspc.ro";
        String csv = "name,email,profession,institution,county\nIoana Țepeș," + email
                + ",social-worker,DGASPC Iași,IS\nExistent," + existing.email() + ",,,\n";

        ImportPreview done = cohorts.confirmImport(cohort.id(), csv.getBytes(StandardCharsets.UTF_8));

        assertThat(done.count(ImportPreview.Action.INVITE)).isEqualTo(1);
        assertThat(cohorts.members(cohort.id())).extracting(UserAccount::email).containsExactlyInAnyOrder(email,
                existing.email());
        List<MimeMessage> invitations = to(email);
        assertThat(invitations).hasSize(1);
        String body = (String) invitations.getFirst().getContent();
        String token = body.replaceAll("(?s).*set-password/([A-Za-z0-9_-]+).*", "$1").strip();
        signIn.out();
        accounts.setPassword(token, "o parolă nouă și lungă", "o parolă nouă și lungă");
        assertThatThrownBy(() -> accounts.setPassword(token, "altă parolă lungă aici", "altă parolă lungă aici"))
                .isInstanceOf(InvalidInputException.class);
        UserAccount invited = accounts.findByEmail(email).orElseThrow();
        signIn.as(invited);
        assertThat(learning.progress("lessons-only").status()).isEqualTo(CourseStatus.IN_PROGRESS);
    }

    @Test
    void an_invite_code_admits_learners_until_its_seats_or_time_run_out() {
        CohortSummary cohort = cohort(0, 10);
        String code = cohorts.openInvite(cohort.id(), Duration.ofDays(7), 1).inviteCode();
        signIn.as(users.create("Primul Venit", Role.LEARNER));
        cohorts.joinByInvite(code);
        assertThat(learning.progress("lessons-only").status()).isEqualTo(CourseStatus.IN_PROGRESS);
        signIn.as(users.create("Al Doilea", Role.LEARNER));
        assertThatThrownBy(() -> cohorts.joinByInvite(code)).isInstanceOf(InvalidInputException.class);
        signIn.as(trainer);
        String later = cohorts.openInvite(cohort.id(), Duration.ofHours(1), 5).inviteCode();
        clock.advance(Duration.ofHours(2));
        try {
            signIn.as(users.create("Întârziat", Role.LEARNER));
            assertThatThrownBy(() -> cohorts.joinByInvite(later)).isInstanceOf(InvalidInputException.class);
        } finally {
            clock.advance(Duration.ofHours(-2));
        }
    }

    @Test
    void reminders_are_scheduled_24h_and_1h_before_sent_once_moved_with_the_session_and_removed_on_cancel()
            throws Exception {
        CohortSummary cohort = cohort(0, 10);
        UserAccount learner = users.create("Cursant Amintit", Role.LEARNER);
        cohorts.addMembers(cohort.id(), Set.of(learner.id()));
        Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        SessionView session = sessions.schedule(cohort.id(), new SessionForm("Atelier Cluj", SessionMode.IN_PERSON, null,
                "Sala 2", "Str. Memorandumului 1, Cluj", start, start.plus(Duration.ofHours(2)), 20, "Aduceți cazuri"));

        Trigger day = scheduler.getTrigger(org.quartz.TriggerKey.triggerKey("session-" + session.id() + "-24h",
                "session-reminders"));
        Trigger hour = scheduler.getTrigger(org.quartz.TriggerKey.triggerKey("session-" + session.id() + "-1h",
                "session-reminders"));
        assertThat(day.getStartTime().toInstant()).isEqualTo(start.minus(Duration.ofHours(24)));
        assertThat(hour.getStartTime().toInstant()).isEqualTo(start.minus(Duration.ofHours(1)));

        assertThat(sessions.sendReminder(session.id(), "24h")).isEqualTo(1);
        assertThat(sessions.sendReminder(session.id(), "24h")).as("a double fire sends nothing").isZero();
        assertThat(to(learner.email())).hasSize(1);
        assertThat((String) to(learner.email()).getFirst().getContent()).contains("Atelier Cluj").contains("Sala 2");

        Instant moved = start.plus(Duration.ofDays(1));
        sessions.reschedule(session.id(), moved, moved.plus(Duration.ofHours(2)));
        assertThat(scheduler.getTrigger(day.getKey()).getStartTime().toInstant()).isEqualTo(moved.minus(Duration.ofHours(24)));
        assertThat(to(learner.email())).hasSize(2);
        assertThat(sessions.sendReminder(session.id(), "24h")).as("the new time is reminded again").isEqualTo(1);

        sessions.cancel(session.id());
        assertThat(scheduler.getTrigger(day.getKey())).isNull();
        assertThat(scheduler.getTrigger(hour.getKey())).isNull();
        assertThat(to(learner.email())).hasSize(4);
        assertThat(sessions.sendReminder(session.id(), "1h")).as("cancelled").isZero();
    }

    @Test
    void a_reminder_fired_after_the_session_started_is_not_sent() {
        CohortSummary cohort = cohort(0, 10);
        UserAccount learner = users.create("Cursant Târziu", Role.LEARNER);
        cohorts.addMembers(cohort.id(), Set.of(learner.id()));
        Instant start = clock.instant().plus(Duration.ofHours(5));
        SessionView session = sessions.schedule(cohort.id(), new SessionForm("Webinar", SessionMode.ONLINE,
                "https://meet.example.ro/semnal", null, null, start, start.plus(Duration.ofHours(1)), null, null));
        clock.advance(Duration.ofHours(6));
        try {
            assertThat(sessions.sendReminder(session.id(), "1h")).isZero();
            assertThat(to(learner.email())).isEmpty();
        } finally {
            clock.advance(Duration.ofHours(-6));
        }
    }

    @Test
    void required_attendance_counts_toward_completion_and_then_the_certificate_is_issued() {
        CohortSummary cohort = cohort(1, 10);
        UserAccount learner = users.create("Cursant Prezent", Role.LEARNER);
        cohorts.addMembers(cohort.id(), Set.of(learner.id()));
        Instant start = clock.instant().plus(Duration.ofDays(1));
        SessionView session = sessions.schedule(cohort.id(), new SessionForm("Atelier", SessionMode.IN_PERSON, null,
                "Sala 1", null, start, start.plus(Duration.ofHours(3)), null, null));
        signIn.as(learner);
        for (String lesson : List.of("intro", "signs", "referral")) {
            learning.openLesson("lessons-only", lesson);
            learning.markLessonDone("lessons-only", lesson);
        }
        assertThat(learning.progress("lessons-only").status()).as("the session is required").isEqualTo(CourseStatus.IN_PROGRESS);

        signIn.as(trainer);
        sessions.recordAttendance(session.id(), learner.id(), AttendanceStatus.PRESENT, "A participat activ");
        assertThat(sessions.register(session.id())).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(AttendanceStatus.PRESENT);
            assertThat(row.note()).isEqualTo("A participat activ");
        });
        signIn.as(learner);
        assertThat(learning.progress("lessons-only").status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(certificates.myCertificates()).hasSize(1);
    }

    @Test
    void the_ics_parses_back_with_the_bucharest_time_zone_and_a_cancelled_session_is_marked() throws Exception {
        CohortSummary cohort = cohort(0, 10);
        UserAccount learner = users.create("Cursant Calendar", Role.LEARNER);
        cohorts.addMembers(cohort.id(), Set.of(learner.id()));
        Instant start = Instant.parse("2027-03-28T07:30:00Z");
        SessionView session = sessions.schedule(cohort.id(), new SessionForm("Webinar DST", SessionMode.ONLINE,
                "https://meet.example.ro/x", null, null, start, start.plus(Duration.ofHours(1)), null, "Note"));
        signIn.as(learner);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(sessions.ics(session.id())));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20270328T103000");
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Bucharest");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).isNotEmpty();

        String feed = sessions.feedUrl();
        String token = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - 4);
        signIn.as(trainer);
        sessions.cancel(session.id());
        Calendar subscribed = new CalendarBuilder().build(new ByteArrayInputStream(sessions.feed(token).orElseThrow()));
        assertThat(subscribed.<VEvent>getComponents("VEVENT").getFirst().getStatus().getValue())
                .isEqualTo("CANCELLED");
        assertThat(sessions.feed("not-a-token")).isEmpty();
    }

    @Autowired
    CohortReminders reminders;
    @Autowired
    ro.semnal.notifications.NotificationService notifications;

    @Test
    void learners_behind_schedule_are_reminded_once_a_week_and_their_trainers_get_a_digest() throws Exception {
        trainer = users.create("Formator Atent", Role.TRAINER);
        signIn.as(trainer);
        CohortSummary cohort = cohorts.create(new CohortForm("Grupa în curs " + System.nanoTime(), Set.of("lessons-only"),
                LocalDate.now().minusDays(30), LocalDate.now().plusDays(30), 10, Set.of(trainer.id()), 0));
        UserAccount late = users.create("Cursant Întârziat", Role.LEARNER);
        UserAccount keen = users.create("Cursant Harnic", Role.LEARNER);
        cohorts.addMembers(cohort.id(), Set.of(late.id(), keen.id()));
        signIn.as(keen);
        for (String lesson : List.of("intro", "signs", "referral")) {
            learning.openLesson("lessons-only", lesson);
            learning.markLessonDone("lessons-only", lesson);
        }
        signIn.out();

        reminders.remindLearnersBehind();
        reminders.remindLearnersBehind();
        assertThat(to(late.email())).hasSize(1);
        assertThat((String) to(late.email()).getFirst().getContent()).contains("0%");
        assertThat(to(keen.email())).isEmpty();

        reminders.sendTrainerDigests();
        reminders.sendTrainerDigests();
        assertThat(to(trainer.email())).hasSize(1);
        assertThat((String) to(trainer.email()).getFirst().getContent()).contains("Cursant Întârziat")
                .doesNotContain("Cursant Harnic");
    }

    @Test
    void a_failed_mail_is_retried_after_its_back_off_and_then_sent() throws Exception {
        mail.stop();
        String email = "ret" + System.nanoTime() + "@x.ro";
        try {
            notifications.send(new ro.semnal.notifications.NotificationRequest(null, email, "test", "retry", "1",
                    "Subiect", "Corp"));
        } finally {
            mail.start();
        }
        assertThat(notifications.retryFailed()).as("not before its back-off").isZero();
        clock.advance(Duration.ofMinutes(3));
        try {
            assertThat(notifications.retryFailed()).isEqualTo(1);
        } finally {
            clock.advance(Duration.ofMinutes(-3));
        }
        assertThat(to(email)).hasSize(1);
    }

    @Autowired
    CohortDashboard dashboard;

    @Test
    void the_dashboard_exports_parse_back_and_never_carry_a_formula() throws Exception {
        CohortSummary cohort = cohort(0, 10);
        String id = Long.toString(System.nanoTime());
        String csv = "name;email;profession;institution;county\nAna Pop;ana" + id
                + "@x.ro;teacher;=cmd|' /C calc'!A0;CJ\n";
        cohorts.confirmImport(cohort.id(), csv.getBytes(StandardCharsets.UTF_8));

        assertThat(dashboard.count(cohort.id(), "ana")).isEqualTo(1);
        assertThat(dashboard.count(cohort.id(), "nobody")).isZero();
        assertThat(dashboard.rows(cohort.id(), "", false, 1, 10)).isEmpty();
        List<MemberRow> rows = dashboard.rows(cohort.id());
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.institution()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(r.progress()).containsEntry("lessons-only", 0);
        });
        String exported = new String(dashboard.csv(cohort.id(), ro.semnal.base.i18n.Language.RO), StandardCharsets.UTF_8);
        assertThat(exported).contains("\"'=cmd|' /C calc'!A0\"").contains("Ana Pop");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(
                dashboard.xlsx(cohort.id(), ro.semnal.base.i18n.Language.EN)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Full name");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ana Pop");
            for (var cell : sheet.getRow(1)) {
                assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            }
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).startsWith("'=");
        }
    }
}
