package ro.semnal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;
import ro.semnal.catalog.CatalogService;
import ro.semnal.certificates.CertificateFilter;
import ro.semnal.certificates.CertificateService;
import ro.semnal.certificates.CertificateView;
import ro.semnal.cohorts.CohortDashboard;
import ro.semnal.cohorts.CohortForm;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.privacy.PrivacyService;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

@SpringBootTest
class AuditTrailIT {

    @Autowired
    AuditLog audit;
    @Autowired
    AccountService accounts;
    @Autowired
    CertificateService certificates;
    @Autowired
    CohortService cohorts;
    @Autowired
    CohortDashboard dashboard;
    @Autowired
    CatalogService catalog;
    @Autowired
    PrivacyService privacy;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private List<AuditRecord> by(UserAccount actor) {
        AuditFilter filter = new AuditFilter(actor.email(), null, null, null, null, null);
        return audit.search(filter, PageRequest.of(0, 100)).reversed();
    }

    @Test
    void every_privileged_action_of_a_scripted_admin_session_is_in_the_trail_in_order() {
        UserAccount admin = users.create("Admin Scriptat", Role.ADMIN);
        UserAccount learner = users.create("Cursant Auditat", Role.LEARNER);
        UserAccount other = users.create("Alt Cursant", Role.LEARNER);
        UserAccount leaving = users.create("Cursant Șters", Role.LEARNER);
        UserAccount trainer = users.create("Formator Audit", Role.TRAINER);
        signIn.as(admin);

        accounts.updateAccess(learner.id(), Set.of(Role.LEARNER, Role.TRAINER), true);
        accounts.updateAccess(other.id(), Set.of(Role.LEARNER), false);
        CertificateView issued = certificates.issueManually(learner.id(), "lessons-only", LocalDate.now().minusDays(1));
        CertificateView reissued = certificates.reissue(issued.code(), "Nume corectat");
        certificates.revoke(reissued.code(), "Emis din greșeală");
        certificates.csv(CertificateFilter.none(), Language.RO);
        CohortSummary cohort = cohorts.create(new CohortForm("Grupa audit " + System.nanoTime(), Set.of("lessons-only"),
                LocalDate.now(), LocalDate.now().plusMonths(1), 10, Set.of(trainer.id()), 0));
        cohorts.addMembers(cohort.id(), Set.of(learner.id()));
        cohorts.removeMember(cohort.id(), learner.id());
        cohorts.confirmImport(cohort.id(), ("name,email,profession,institution,county\nExistent," + other.email()
                + ",,,\n").getBytes(StandardCharsets.UTF_8));
        dashboard.csv(cohort.id(), Language.RO);
        dashboard.xlsx(cohort.id(), Language.EN);
        catalog.reload();
        privacy.exportFor(learner.id());
        privacy.eraseAccount(leaving.id());

        List<AuditRecord> trail = by(admin);
        assertThat(trail).extracting(AuditRecord::action).containsExactly(
                AuditAction.ROLES_CHANGED, AuditAction.ACCOUNT_DEACTIVATED, AuditAction.CERTIFICATE_ISSUED,
                AuditAction.CERTIFICATE_REISSUED, AuditAction.CERTIFICATE_REVOKED, AuditAction.CERTIFICATES_EXPORTED,
                AuditAction.COHORT_MEMBERS_ADDED, AuditAction.COHORT_MEMBER_REMOVED, AuditAction.COHORT_MEMBERS_ADDED,
                AuditAction.COHORT_CSV_IMPORTED,
                AuditAction.COHORT_EXPORTED, AuditAction.COHORT_EXPORTED, AuditAction.CONTENT_RELOADED,
                AuditAction.PERSONAL_DATA_EXPORTED, AuditAction.ACCOUNT_ERASED);
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(admin.id());
            assertThat(entry.actorEmail()).isEqualTo(admin.email());
        });
        assertThat(trail.get(0).objectType()).isEqualTo(AuditLog.USER);
        assertThat(trail.get(0).objectId()).isEqualTo(String.valueOf(learner.id()));
        assertThat(trail.get(0).summary()).isEqualTo("[LEARNER] -> [LEARNER, TRAINER]");
        assertThat(trail.get(4).objectId()).isEqualTo(reissued.code());
        assertThat(trail.get(4).subjectUserId()).isEqualTo(learner.id());
        assertThat(trail.get(4).summary()).contains("Emis din greșeală");
        assertThat(trail.get(7).objectId()).isEqualTo(String.valueOf(cohort.id()));
        assertThat(trail.get(6).subjectUserId()).isEqualTo(learner.id());
        assertThat(trail.get(8).subjectUserId()).isEqualTo(other.id());
        assertThat(trail.get(14).subjectUserId()).isEqualTo(leaving.id());
        assertThat(trail).noneSatisfy(entry -> assertThat(entry.summary()).contains(learner.fullName()));
    }

    @Test
    void the_trail_filters_by_action_object_and_period() {
        UserAccount admin = users.create("Admin Filtre", Role.ADMIN);
        UserAccount learner = users.create("Cursant Filtrat", Role.LEARNER);
        signIn.as(admin);
        accounts.updateAccess(learner.id(), Set.of(Role.LEARNER), false);
        accounts.updateAccess(learner.id(), Set.of(Role.LEARNER), true);

        String id = String.valueOf(learner.id());
        assertThat(audit.search(new AuditFilter(null, null, AuditLog.USER, id, null, null), PageRequest.of(0, 10)))
                .extracting(AuditRecord::action)
                .containsExactly(AuditAction.ACCOUNT_ACTIVATED, AuditAction.ACCOUNT_DEACTIVATED);
        assertThat(audit.count(new AuditFilter(admin.email().toUpperCase(), AuditAction.ACCOUNT_DEACTIVATED, null, null,
                null, null))).isEqualTo(1);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Bucharest"));
        assertThat(audit.count(new AuditFilter(admin.email(), null, null, null, today, today))).isEqualTo(2);
        assertThat(audit.count(new AuditFilter(admin.email(), null, null, null, today.plusDays(1), null))).isZero();
        assertThat(audit.count(new AuditFilter(admin.email(), null, null, null, null, today.minusDays(1)))).isZero();
    }

    @Test
    void a_change_that_is_refused_leaves_no_entry() {
        UserAccount admin = users.create("Admin Refuzat", Role.ADMIN);
        signIn.as(admin);
        assertThatThrownBy(() -> accounts.updateAccess(admin.id(), Set.of(Role.LEARNER), true))
                .isInstanceOf(ro.semnal.base.validation.InvalidInputException.class);
        assertThat(by(admin)).isEmpty();
    }

    @Test
    void only_administrators_read_the_trail() {
        signIn.as(users.create("Coordonator Curios", Role.COORDINATOR));
        assertThatThrownBy(() -> audit.search(AuditFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_trail_can_only_be_appended_to_and_read() {
        assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName).distinct().sorted())
                .containsExactly("count", "findAbout", "save", "search");
        assertThat(AuditEntry.class.getAnnotation(org.hibernate.annotations.Immutable.class)).isNotNull();
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
    }
}
