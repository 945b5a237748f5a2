package ro.semnal.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CatalogService;
import ro.semnal.learning.CourseCompleted;
import ro.semnal.learning.LearningService;
import ro.semnal.notifications.NotificationService;
import ro.semnal.notifications.NotificationStatus;
import ro.semnal.notifications.NotificationView;
import ro.semnal.testsupport.MutableClock;
import ro.semnal.testsupport.MutableClockConfig;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

@SpringBootTest
@Import(MutableClockConfig.class)
class CertificateIT {

    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateReminders reminders;
    @Autowired
    LearningService learning;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A learner who completes the lessons-only course (2 hours, valid 24 months). */
    private UserAccount graduate(String name) {
        UserAccount learner = users.create(name, Role.LEARNER);
        signIn.as(learner);
        learning.enrol("lessons-only");
        for (String lesson : List.of("intro", "signs", "referral")) {
            learning.openLesson("lessons-only", lesson);
            learning.markLessonDone("lessons-only", lesson);
        }
        return learner;
    }

    private CertificateView only() {
        List<CertificateView> mine = certificates.myCertificates();
        assertThat(mine).hasSize(1);
        return mine.getFirst();
    }

    @Test
    void completing_a_course_issues_exactly_one_certificate_with_a_snapshot() {
        graduate("Ștefan Țăranu");
        CertificateView certificate = only();
        assertThat(certificate.holderName()).isEqualTo("Ștefan Țăranu");
        assertThat(certificate.courseTitleRo()).isEqualTo("Semnele traficului pentru polițiști");
        assertThat(certificate.courseTitleEn()).isEqualTo("Signs of trafficking for police officers");
        assertThat(certificate.hours()).isEqualByComparingTo("2");
        assertThat(certificate.expiresOn()).isEqualTo(certificate.completedOn().plusMonths(24));
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.contentVersion()).isEqualTo(catalog.course("lessons-only").orElseThrow().version());
    }

    @Test
    void a_repeated_completion_event_issues_nothing_more() {
        UserAccount learner = graduate("Repetat Eveniment");
        transactions.executeWithoutResult(s -> {
            events.publishEvent(new CourseCompleted(learner.id(), "lessons-only", "v", clock.instant()));
            events.publishEvent(new CourseCompleted(learner.id(), "lessons-only", "v", clock.instant()));
        });
        only();
    }

    @Test
    void the_verification_shows_a_valid_certificate_and_nothing_private() {
        graduate("Verificat Public");
        String code = only().code();
        signIn.out();
        Verification verification = certificates.verify(code.toLowerCase(), "10.0.0.1");
        assertThat(verification.found()).isTrue();
        assertThat(verification.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(verification.holderName()).isEqualTo("Verificat Public");
        assertThat(verification.toString()).doesNotContain("@test.semnal.ro").doesNotContain("IPJ Cluj");
        assertThat(certificates.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "10.0.0.1").found()).isFalse();
        assertThat(certificates.verify("not a code", "10.0.0.1").found()).isFalse();
    }

    @Test
    void a_revoked_certificate_shows_its_date_and_reason_and_revoking_needs_a_reason() {
        graduate("Revocat Curând");
        String code = only().code();
        signIn.as(users.create("Coordonator Revocare", Role.COORDINATOR));
        assertThatThrownBy(() -> certificates.revoke(code, " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.hasError("reason", "certificates.error.reasonRequired")).isTrue());
        certificates.revoke(code, "Emis din greșeală");
        Verification verification = certificates.verify(code, "10.0.0.2");
        assertThat(verification.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(verification.revokeReason()).isEqualTo("Emis din greșeală");
        assertThat(verification.revokedAt()).isNotNull();
        assertThat(certificates.history(code)).anyMatch(h -> h.startsWith("REVOKED · ") && h.endsWith("Emis din greșeală"));
    }

    @Test
    void a_reissue_after_a_name_correction_supersedes_the_old_certificate() {
        UserAccount learner = graduate("Nume Grești");
        String old = only().code();
        signIn.as(users.create("Admin Corectură", Role.ADMIN));
        accounts.findById(learner.id()).orElseThrow();
        CertificateView fresh = certificates.reissue(old, "Numele corectat");
        Verification before = certificates.verify(old, "10.0.0.3");
        assertThat(before.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(before.supersededBy()).isEqualTo(fresh.code());
        assertThat(certificates.verify(fresh.code(), "10.0.0.3").status()).isEqualTo(CertificateStatus.VALID);
        assertThat(fresh.issueNumber()).isEqualTo(2);
        assertThat(certificates.history(fresh.code())).singleElement().asString().startsWith("REISSUED");
    }

    @Test
    void a_certificate_past_its_expiry_shows_expired_and_the_job_marks_it() {
        graduate("Expirat Demult");
        String code = only().code();
        clock.advance(Duration.ofDays(366 * 2 + 2));
        assertThat(certificates.verify(code, "10.0.0.4").status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(certificates.markExpired()).isGreaterThanOrEqualTo(1);
        assertThat(certificates.verify(code, "10.0.0.4").status()).isEqualTo(CertificateStatus.EXPIRED);
        clock.advance(Duration.ofDays(-(366 * 2 + 2)));
    }

    @Test
    void the_holder_is_reminded_once_before_expiry_however_often_the_job_runs() {
        UserAccount learner = graduate("Amintit Odată");
        String code = only().code();
        clock.advance(Duration.ofDays(365 * 2 - 20));
        try {
            reminders.run();
            reminders.run();
            signIn.as(users.create("Admin Mesaje", Role.ADMIN));
            List<NotificationView> mine = notifications.recent(PageRequest.of(0, 500)).stream()
                    .filter(n -> n.recipientEmail().equals(learner.email())).toList();
            assertThat(mine).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo("certificate-expiry");
                assertThat(n.subjectKey()).isEqualTo(code);
                assertThat(n.status()).isEqualTo(NotificationStatus.OUTBOX);
                assertThat(n.subject()).contains("Semnele traficului pentru polițiști");
                assertThat(n.body()).contains("Amintit Odată").contains("/course/lessons-only");
            });
        } finally {
            clock.advance(Duration.ofDays(-(365 * 2 - 20)));
        }
    }

    @Test
    void verification_look_ups_are_limited_per_client() {
        for (int i = 0; i < 20; i++) {
            certificates.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZ" + (i % 9 + 2), "192.0.2.99");
        }
        assertThatThrownBy(() -> certificates.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "192.0.2.99"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("code", "certificates.error.rateLimited")).isTrue());
        assertThat(certificates.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "192.0.2.100").found()).isFalse();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(certificates.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "192.0.2.99").found()).isFalse();
    }

    @Test
    void the_holder_downloads_the_pdf_and_another_learner_cannot() throws Exception {
        graduate("Ioana Descarcă");
        String code = only().code();
        byte[] pdf = certificates.pdf(code);
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(PdfTextExtractor.getTextFromPage(document.getFirstPage())).contains("Ioana Descarcă").contains(code);
        }
        signIn.as(users.create("Curios Străin", Role.LEARNER));
        assertThatThrownBy(() -> certificates.pdf(code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.revoke(code, "încercare")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_coordinator_filters_exports_and_issues_by_hand() {
        UserAccount learner = graduate("Filtrat Exportat");
        String code = only().code();
        signIn.as(users.create("Coordonator Filtre", Role.COORDINATOR));
        CertificateFilter mine = new CertificateFilter("lessons-only", learner.profession(), learner.county(),
                CertificateStatus.VALID, LocalDate.now().minusDays(2), null);
        assertThat(certificates.search(mine, PageRequest.of(0, 1000))).extracting(CertificateView::code).contains(code);
        assertThat(new String(certificates.csv(mine, ro.semnal.base.i18n.Language.RO))).contains(code)
                .contains("Filtrat Exportat");
        assertThatThrownBy(() -> certificates.issueManually(learner.id(), "lessons-only", LocalDate.now()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("course", "certificates.error.alreadyValid")).isTrue());
        UserAccount inPerson = users.create("Participant Sală", Role.LEARNER);
        CertificateView manual = certificates.issueManually(inPerson.id(), "lessons-only", LocalDate.now().minusDays(1));
        assertThat(manual.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificates.history(manual.code())).singleElement().asString().startsWith("ISSUED_MANUALLY");
    }
}
