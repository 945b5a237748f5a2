package ro.semnal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.assessment.Answer;
import ro.semnal.assessment.AssessmentService;
import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.certificates.CertificateService;
import ro.semnal.certificates.CertificateStatus;
import ro.semnal.certificates.Verification;
import ro.semnal.cohorts.AttendanceStatus;
import ro.semnal.cohorts.CohortForm;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.cohorts.SessionForm;
import ro.semnal.cohorts.SessionMode;
import ro.semnal.cohorts.SessionService;
import ro.semnal.cohorts.SessionView;
import ro.semnal.learning.LearningService;
import ro.semnal.notifications.NotificationRequest;
import ro.semnal.notifications.NotificationService;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class PrivacyIT {

    @Autowired
    PrivacyService privacy;
    @Autowired
    AccountService accounts;
    @Autowired
    LearningService learning;
    @Autowired
    AssessmentService assessment;
    @Autowired
    CertificateService certificates;
    @Autowired
    CohortService cohorts;
    @Autowired
    SessionService sessions;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A learner with something in every feature: progress, a certificate, answers, a cohort, attendance, mail. */
    private UserAccount busyLearner(String name) {
        UserAccount learner = users.create(name, Role.LEARNER);
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(learner.email(), null, List.of())));
        signIn.as(learner);
        learning.enrol("lessons-only");
        for (String lesson : List.of("intro", "signs", "referral")) {
            learning.openLesson("lessons-only", lesson);
            learning.markLessonDone("lessons-only", lesson);
        }
        learning.enrol("quiz-course");
        long attempt = assessment.start("quiz-course", "exam");
        assessment.answer(attempt, "single", new Answer.Choice(Set.of("safety")));
        sessions.feedUrl();
        UserAccount trainer = users.create("Formator Privat", Role.TRAINER);
        signIn.as(trainer);
        CohortSummary cohort = cohorts.create(new CohortForm("Grupa confidențială " + System.nanoTime(),
                Set.of("lessons-only"), LocalDate.now(), LocalDate.now().plusMonths(1), 10, Set.of(trainer.id()), 0));
        cohorts.addMembers(cohort.id(), Set.of(learner.id()));
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        SessionView session = sessions.schedule(cohort.id(), new SessionForm("Atelier privat", SessionMode.IN_PERSON,
                null, "Sala 1", "Str. Unirii 1", start, start.plus(2, ChronoUnit.HOURS), 20, null));
        sessions.recordAttendance(session.id(), learner.id(), AttendanceStatus.EXCUSED, "Internat: " + name);
        notifications.send(new NotificationRequest(learner.id(), learner.email(), "test", "privacy", "1",
                "Mesaj pentru " + name, "Bună ziua, " + name));
        signIn.as(learner);
        return learner;
    }

    private Map<String, JsonNode> unzip(byte[] zip) throws IOException {
        Map<String, JsonNode> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    @Test
    void my_data_holds_everything_semnal_keeps_about_the_learner() throws IOException {
        UserAccount learner = busyLearner("Maria Exportată");
        Map<String, JsonNode> files = unzip(privacy.exportMine());

        assertThat(files.keySet()).contains("profile.json", "roles.json", "enrolments.json", "item-progress.json",
                "quiz-attempts.json", "certificates.json", "certificate-history.json", "notifications.json",
                "cohort-memberships.json", "attendance.json", "calendar-feed.json", "audit-entries.json",
                "sign-ins.json");
        assertThat(files.get("profile.json").get("email").asString()).isEqualTo(learner.email());
        assertThat(files.get("profile.json").get("full_name").asString()).isEqualTo("Maria Exportată");
        assertThat(files.get("profile.json").has("password_hash")).isFalse();
        assertThat(files.get("enrolments.json").findValuesAsString("course_slug")).contains("lessons-only", "quiz-course");
        assertThat(files.get("item-progress.json").size()).isGreaterThanOrEqualTo(3);
        JsonNode attempt = files.get("quiz-attempts.json").get(0);
        assertThat(attempt.get("quiz_slug").asString()).isEqualTo("exam");
        assertThat(attempt.get("answers").get(0).get("question_id").asString()).isEqualTo("single");
        assertThat(attempt.get("answers").get(0).get("answer").asString()).contains("safety");
        assertThat(files.get("certificates.json").get(0).get("holder_name").asString()).isEqualTo("Maria Exportată");
        assertThat(files.get("notifications.json").get(0).get("subject").asString()).isEqualTo("Mesaj pentru Maria Exportată");
        assertThat(files.get("cohort-memberships.json").get(0).get("cohort").asString()).startsWith("Grupa confidențială");
        assertThat(files.get("attendance.json").get(0).get("note").asString()).isEqualTo("Internat: Maria Exportată");
        assertThat(files.get("calendar-feed.json").size()).isEqualTo(1);
        assertThat(files.get("calendar-feed.json").get(0).has("token")).isFalse();
        assertThat(files.get("audit-entries.json").findValuesAsString("action"))
                .contains("CERTIFICATE_ISSUED", "COHORT_MEMBERS_ADDED");
        assertThat(files.get("sign-ins.json").size()).isEqualTo(1);
        assertThat(files.get("enrolments.json").get(0).get("enrolled_at").asString()).endsWith("Z");
    }

    @Test
    void an_export_is_recorded_in_the_trail_and_itself_appears_in_the_next_export() throws IOException {
        busyLearner("Ion Dublu");
        privacy.exportMine();
        Map<String, JsonNode> again = unzip(privacy.exportMine());
        assertThat(again.get("audit-entries.json").findValuesAsString("action")).contains("PERSONAL_DATA_EXPORTED");
    }

    @Test
    void a_learner_cannot_export_or_erase_someone_else() {
        UserAccount other = users.create("Altcineva", Role.LEARNER);
        signIn.as(users.create("Curios", Role.LEARNER));
        assertThatThrownBy(() -> privacy.exportFor(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.eraseAccount(other.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void erasure_needs_the_learner_to_type_their_own_address() {
        UserAccount learner = users.create("Ezitant", Role.LEARNER);
        signIn.as(learner);
        assertThatThrownBy(() -> privacy.eraseMine("altcineva@example.ro"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("confirmation", "privacy.error.confirmation")).isTrue());
        assertThat(accounts.findById(learner.id()).orElseThrow().fullName()).isEqualTo("Ezitant");
    }

    @Test
    void erasure_anonymises_every_table_keeps_the_counts_and_revokes_the_certificates() {
        UserAccount learner = busyLearner("Elena Ștearsă");
        String code = certificates.myCertificates().getFirst().code();
        Map<String, Long> before = counts();
        privacy.eraseMine(" " + learner.email().toUpperCase() + " ");
        signIn.out();

        UserAccount erased = accounts.findById(learner.id()).orElseThrow();
        assertThat(erased.fullName()).isEqualTo("Erased user #" + learner.id());
        assertThat(erased.email()).isEqualTo("erased-" + learner.id() + "@invalid");
        assertThat(erased.institution()).isEmpty();
        assertThat(erased.active()).isFalse();
        assertThatThrownBy(() -> userDetails.loadUserByUsername(learner.email()))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(passwords.matches(TestUsers.PASSWORD, jdbc.sql("select password_hash from users where id = ?")
                .param(learner.id()).query(String.class).single())).isFalse();

        Verification verification = certificates.verify(code, "10.9.8.7");
        assertThat(verification.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(verification.revokeReason()).isEqualTo(Erasure.REVOKE_REASON);
        assertThat(verification.holderName()).isEqualTo("Erased user #" + learner.id());

        assertThat(counts()).isEqualTo(before);
        assertThat(tablesMentioning(learner.email(), "Elena Ștearsă")).isEmpty();
        assertThat(jdbc.sql("select count(*) from calendar_feed where user_id = ?").param(learner.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from sign_in_activity where user_id = ?").param(learner.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select subject, body from notification where recipient_user_id = ?").param(learner.id())
                .query().listOfRows()).isNotEmpty().allSatisfy(row -> assertThat(row.values()).containsOnly(""));
    }

    @Test
    void an_erased_account_cannot_be_erased_again_and_administrators_are_refused() {
        UserAccount admin = users.create("Admin Ștergere", Role.ADMIN);
        UserAccount learner = users.create("Două Ori", Role.LEARNER);
        UserAccount otherAdmin = users.create("Alt Admin", Role.ADMIN);
        signIn.as(admin);
        privacy.eraseAccount(learner.id());
        assertThatThrownBy(() -> privacy.eraseAccount(learner.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.hasError("user", "privacy.error.alreadyErased")).isTrue());
        assertThatThrownBy(() -> privacy.eraseAccount(otherAdmin.id())).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.hasError("user", "privacy.error.administrator")).isTrue());
        assertThatThrownBy(() -> privacy.eraseAccount(admin.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.hasError("user", "privacy.error.notSelf")).isTrue());
    }

    /** Rows per table that programme figures count: erasure must not change them. */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("users", "enrollment", "item_progress", "quiz_attempt", "attempt_answer",
                "certificate", "cohort_member", "attendance", "notification")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    /**
     * Every application table with a text column holding one of the values. The audit trail is left out: it
     * is kept unchanged by design (see docs/security.md) and names people by id and the actor's e-mail only.
     */
    private List<String> tablesMentioning(String... values) {
        List<Map<String, Object>> columns = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                where lower(table_schema) = lower(schema()) and lower(data_type) in ('varchar', 'character varying', 'text')
                and lower(table_name) not like 'qrtz%' and lower(table_name) not like 'flyway%'
                and lower(table_name) <> 'audit_entry'
                """).query().listOfRows();
        assertThat(columns).hasSizeGreaterThan(20);
        return columns.stream().filter(column -> {
            String sql = "select count(*) from " + column.get("table_name") + " where "
                    + column.get("column_name") + " like ?";
            for (String value : values) {
                if (jdbc.sql(sql).param("%" + value + "%").query(Long.class).single() > 0) {
                    return true;
                }
            }
            return false;
        }).map(column -> column.get("table_name") + "." + column.get("column_name")).toList();
    }
}
