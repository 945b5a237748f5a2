package ro.semnal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.assessment.Answer;
import ro.semnal.assessment.AssessmentService;
import ro.semnal.assessment.AttemptStatus;
import ro.semnal.assessment.AttemptSummary;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.certificates.CertificateFilter;
import ro.semnal.certificates.CertificateService;
import ro.semnal.cohorts.AttendanceStatus;
import ro.semnal.cohorts.CohortDashboard;
import ro.semnal.cohorts.CohortForm;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.cohorts.SessionForm;
import ro.semnal.cohorts.SessionMode;
import ro.semnal.cohorts.SessionService;
import ro.semnal.cohorts.SessionView;
import ro.semnal.learning.LearningService;
import ro.semnal.testsupport.MutableClock;
import ro.semnal.testsupport.MutableClockConfig;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/**
 * The attacker is signed in and knows (or guesses) the ids and codes of other people's things: attempts,
 * certificates, cohorts, sessions, calendar feeds. Every service that takes such an id must refuse before it
 * reveals or changes anything.
 */
@SpringBootTest
@Import(MutableClockConfig.class)
class IdGuessingIT {

    @Autowired
    AssessmentService assessment;
    @Autowired
    LearningService learning;
    @Autowired
    CertificateService certificates;
    @Autowired
    CohortService cohorts;
    @Autowired
    CohortDashboard dashboard;
    @Autowired
    SessionService sessions;
    @Autowired
    AccountService accounts;
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

    private static void refused(ThrowingCallable attack) {
        assertThatThrownBy(attack).isInstanceOf(AccessDeniedException.class);
    }

    private String graduateCertificate(UserAccount learner) {
        signIn.as(learner);
        learning.enrol("lessons-only");
        for (String lesson : List.of("intro", "signs", "referral")) {
            learning.openLesson("lessons-only", lesson);
            learning.markLessonDone("lessons-only", lesson);
        }
        return certificates.myCertificates().getFirst().code();
    }

    @Test
    void a_learner_cannot_download_another_learners_certificate_by_its_code_nor_by_a_guessed_one() {
        String code = graduateCertificate(users.create("Titular Certificat", Role.LEARNER));
        signIn.as(users.create("Curios Ghicitor", Role.LEARNER));

        refused(() -> certificates.pdf(code));
        refused(() -> certificates.pdf(code.toLowerCase().replace("-", "")));
        refused(() -> certificates.history(code));
        refused(() -> certificates.search(CertificateFilter.none(), PageRequest.of(0, 10)));
        assertThatThrownBy(() -> certificates.pdf("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> certificates.pdf("../../etc/passwd")).isInstanceOf(InvalidInputException.class);
        assertThat(certificates.myCertificates()).isEmpty();
    }

    @Test
    void another_learner_poking_an_expired_attempt_is_refused_before_learning_it_timed_out() {
        UserAccount owner = users.create("Examinat Lent", Role.LEARNER);
        signIn.as(owner);
        learning.enrol("quiz-course");
        long attempt = assessment.start("quiz-course", "exam");
        clock.advance(Duration.ofMinutes(11));

        signIn.as(users.create("Curios Grăbit", Role.LEARNER));
        refused(() -> assessment.answer(attempt, "single", new Answer.Choice(Set.of("safety"))));
        refused(() -> assessment.page(attempt));
        refused(() -> assessment.submit(attempt));
        refused(() -> assessment.result(attempt));
        assertThatThrownBy(() -> assessment.page(attempt + 1_000_000)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void another_learner_poking_an_expired_attempt_does_not_submit_it() {
        UserAccount owner = users.create("Examinat Răbdător", Role.LEARNER);
        signIn.as(owner);
        learning.enrol("quiz-course");
        long attempt = assessment.start("quiz-course", "exam");
        clock.advance(Duration.ofMinutes(11));

        signIn.as(users.create("Curios Insistent", Role.LEARNER));
        refused(() -> assessment.page(attempt));

        signIn.as(owner);
        assertThat(assessment.myAttempts()).filteredOn(a -> a.attemptId() == attempt)
                .extracting(AttemptSummary::status).containsExactly(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void a_trainer_cannot_open_run_or_export_another_trainers_cohort_nor_see_its_learners_attempts() {
        UserAccount owner = users.create("Formator Titular", Role.TRAINER);
        UserAccount learner = users.create("Cursant Grupă", Role.LEARNER);
        signIn.as(learner);
        learning.enrol("quiz-course");
        long attempt = assessment.start("quiz-course", "exam");
        assessment.submit(attempt);

        signIn.as(owner);
        CohortSummary cohort = cohorts.create(new CohortForm("Grupa Titularului", Set.of("quiz-course"),
                LocalDate.now(), LocalDate.now().plusMonths(1), 10, Set.of(owner.id()), 0));
        cohorts.addMembers(cohort.id(), Set.of(learner.id()));
        Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        SessionView session = sessions.schedule(cohort.id(), new SessionForm("Atelier", SessionMode.IN_PERSON, null,
                "Sala 1", "Cluj", start, start.plus(Duration.ofHours(1)), 10, null));
        assertThat(assessment.result(attempt).items()).as("the cohort's own trainer sees the review").isNotEmpty();

        UserAccount intruder = users.create("Formator Străin", Role.TRAINER);
        signIn.as(intruder);
        cohorts.create(new CohortForm("Grupa Intrusului", Set.of("quiz-course"), LocalDate.now(),
                LocalDate.now().plusMonths(1), 10, Set.of(intruder.id()), 0));
        long id = cohort.id();
        byte[] csv = ("name;email;profession;institution;county\nAna Pop;ana-" + System.nanoTime()
                + "@x.ro;teacher;Școala 1;CJ\n").getBytes(StandardCharsets.UTF_8);
        refused(() -> cohorts.get(id));
        refused(() -> cohorts.members(id));
        refused(() -> cohorts.update(id, new CohortForm("Preluată", Set.of("quiz-course"), LocalDate.now(),
                LocalDate.now().plusMonths(1), 10, Set.of(intruder.id()), 0)));
        refused(() -> cohorts.addMembers(id, Set.of(intruder.id())));
        refused(() -> cohorts.removeMember(id, learner.id()));
        refused(() -> cohorts.previewImport(id, csv));
        refused(() -> cohorts.confirmImport(id, csv));
        refused(() -> cohorts.openInvite(id, Duration.ofDays(1), 5));
        refused(() -> dashboard.rows(id));
        refused(() -> dashboard.count(id, ""));
        refused(() -> dashboard.csv(id, Language.RO));
        refused(() -> dashboard.xlsx(id, Language.RO));
        refused(() -> sessions.sessions(id));
        refused(() -> sessions.register(session.id()));
        refused(() -> sessions.recordAttendance(session.id(), learner.id(), AttendanceStatus.PRESENT, null));
        refused(() -> sessions.reschedule(session.id(), start.plus(Duration.ofDays(1)), start.plus(Duration.ofDays(1)
                .plusHours(1))));
        refused(() -> sessions.cancel(session.id()));
        refused(() -> sessions.ics(session.id()));
        refused(() -> assessment.attemptsOf(learner.id()));
        refused(() -> assessment.result(attempt));
        assertThat(cohorts.list()).extracting(CohortSummary::id).doesNotContain(id);

        signIn.as(owner);
        assertThat(cohorts.members(id)).extracting(UserAccount::id).containsExactly(learner.id());
        assertThat(sessions.sessions(id)).singleElement().satisfies(s -> assertThat(s.startsAt()).isEqualTo(start));
    }

    @Test
    void a_learner_cannot_call_trainer_coordinator_or_administrator_services() {
        signIn.as(users.create("Cursant Obraznic", Role.LEARNER));
        refused(() -> cohorts.list());
        refused(() -> cohorts.create(new CohortForm("Grupa mea", Set.of("quiz-course"), LocalDate.now(),
                LocalDate.now().plusMonths(1), 10, Set.of(1L), 0)));
        refused(() -> dashboard.csv(1, Language.RO));
        refused(() -> certificates.csv(CertificateFilter.none(), Language.RO));
        refused(() -> certificates.revoke("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "fără motiv"));
        refused(() -> accounts.search("", PageRequest.of(0, 10)));
        refused(() -> accounts.updateAccess(1, Set.of(Role.ADMIN), true));
    }

    @Test
    void a_session_calendar_or_feed_reveals_nothing_to_someone_outside_the_cohort_or_without_the_secret() {
        UserAccount trainer = users.create("Formator Calendar", Role.TRAINER);
        UserAccount member = users.create("Membru Calendar", Role.LEARNER);
        signIn.as(trainer);
        CohortSummary cohort = cohorts.create(new CohortForm("Grupa Calendar", Set.of("quiz-course"), LocalDate.now(),
                LocalDate.now().plusMonths(1), 10, Set.of(trainer.id()), 0));
        cohorts.addMembers(cohort.id(), Set.of(member.id()));
        Instant start = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        SessionView session = sessions.schedule(cohort.id(), new SessionForm("Sesiune Secretă", SessionMode.IN_PERSON,
                null, "Sala 9", "Cluj", start, start.plus(Duration.ofHours(1)), 10, null));
        signIn.as(member);
        String feed = sessions.feedUrl();
        String token = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length());
        assertThat(new String(sessions.feed(token).orElseThrow(), StandardCharsets.UTF_8)).contains("Sesiune Secretă");

        UserAccount outsider = users.create("Străin Calendar", Role.LEARNER);
        signIn.as(outsider);
        refused(() -> sessions.ics(session.id()));
        String own = sessions.feedUrl();
        String ownToken = own.substring(own.lastIndexOf('/') + 1, own.length() - ".ics".length());
        assertThat(new String(sessions.feed(ownToken).orElseThrow(), StandardCharsets.UTF_8))
                .doesNotContain("Sesiune Secretă");
        signIn.out();
        for (String guess : List.of("", "1", Long.toString(member.id()), token.substring(0, token.length() - 1),
                token.toUpperCase(), token + "x", "%", "' OR '1'='1")) {
            assertThat(sessions.feed(guess)).as("guessed token %s", guess).isEmpty();
        }
    }
}
