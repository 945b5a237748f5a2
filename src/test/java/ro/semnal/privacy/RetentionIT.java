package ro.semnal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.certificates.CertificateService;
import ro.semnal.certificates.CertificateStatus;
import ro.semnal.certificates.CertificateView;
import ro.semnal.certificates.Verification;
import ro.semnal.notifications.NotificationRequest;
import ro.semnal.notifications.NotificationService;
import ro.semnal.testsupport.MutableClock;
import ro.semnal.testsupport.MutableClockConfig;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/**
 * Retention and the "keep certificates" rule, in a context of their own: the retention run erases every
 * inactive account of its database, and the clock moves years ahead.
 */
@SpringBootTest(properties = {"semnal.privacy.keep-certificates-on-erasure=true",
        "semnal.privacy.inactive-account-months=36", "semnal.privacy.notification-log-months=12"})
@Import(MutableClockConfig.class)
class RetentionIT {

    @Autowired
    Retention retention;
    @Autowired
    PrivacyService privacy;
    @Autowired
    AccountService accounts;
    @Autowired
    CertificateService certificates;
    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Scheduler scheduler;
    @Autowired
    MutableClock clock;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private void signsIn(UserAccount user) {
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(user.email(), null, List.of())));
    }

    private boolean erased(UserAccount user) {
        return PrivacyService.isErased(accounts.findById(user.id()).orElseThrow());
    }

    @Test
    void accounts_inactive_longer_than_the_setting_are_erased_once_and_administrators_never() {
        UserAccount dormant = users.create("Cont Adormit", Role.LEARNER);
        UserAccount signedInLately = users.create("Cont Activ", Role.LEARNER);
        UserAccount admin = users.create("Admin Adormit", Role.ADMIN);
        signsIn(dormant);
        clock.advance(Duration.ofDays(365 * 2));
        signsIn(signedInLately);
        clock.advance(Duration.ofDays(365 + 20));

        Retention.RetentionResult first = retention.run();
        assertThat(erased(dormant)).isTrue();
        assertThat(erased(signedInLately)).isFalse();
        assertThat(erased(admin)).isFalse();
        assertThat(first.accountsErased()).isGreaterThanOrEqualTo(1);
        assertThat(retention.run().accountsErased()).isZero();
    }

    @Test
    void notification_logs_older_than_the_setting_are_deleted() {
        UserAccount learner = users.create("Cu Mesaje", Role.LEARNER);
        notifications.send(new NotificationRequest(learner.id(), learner.email(), "test", "old", "1", "Vechi", "Vechi"));
        clock.advance(Duration.ofDays(200));
        notifications.send(new NotificationRequest(learner.id(), learner.email(), "test", "new", "1", "Nou", "Nou"));
        clock.advance(Duration.ofDays(200));

        retention.run();
        assertThat(jdbc.sql("select subject from notification where recipient_user_id = ?").param(learner.id())
                .query(String.class).list()).containsExactly("Nou");
    }

    @Test
    void with_the_retention_rule_an_erased_holders_certificate_stays_verifiable_with_their_name() {
        UserAccount learner = users.create("Titular Păstrat", Role.LEARNER);
        signIn.as(users.create("Coordonator Păstrare", Role.COORDINATOR));
        CertificateView certificate = certificates.issueManually(learner.id(), "lessons-only",
                LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(1));
        signIn.as(users.create("Admin Păstrare", Role.ADMIN));
        privacy.eraseAccount(learner.id());

        Verification verification = certificates.verify(certificate.code(), "10.1.1.1");
        assertThat(verification.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(verification.holderName()).isEqualTo("Titular Păstrat");
        assertThat(erased(learner)).isTrue();
    }

    @Test
    void the_retention_job_is_scheduled_every_night() throws Exception {
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("retention", "privacy"))).isNotNull();
    }
}
