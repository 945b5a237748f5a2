package ro.semnal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import ro.semnal.testsupport.MutableClock;
import ro.semnal.testsupport.MutableClockConfig;
import ro.semnal.testsupport.RecordingMailConfig;

/**
 * A node killed between recording a notification and handing it to the mail server leaves it pending:
 * the retry job (on any node) sends it once it is clearly abandoned, and never one still being sent.
 */
@SpringBootTest(properties = "semnal.mail.abandoned-after=5m")
@Import({MutableClockConfig.class, RecordingMailConfig.class})
class AbandonedNotificationIT {

    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationRepository repository;
    @Autowired
    RecordingMailConfig mail;
    @Autowired
    MutableClock clock;

    @Test
    void a_notification_left_pending_by_a_stopped_node_is_sent_once_when_abandoned() {
        String email = "learner-" + UUID.randomUUID() + "@test.semnal.ro";
        Notification recorded = repository.saveAndFlush(new Notification(new NotificationRequest(null, email,
                "session-reminder-24h", "session-1", "2026-12-01T09:00:00Z", "Amintire", "Corp"), clock.instant()));
        assertThat(recorded.toView().status()).isEqualTo(NotificationStatus.PENDING);

        clock.advance(Duration.ofMinutes(4));
        notifications.retryFailed();
        assertThat(mail.takenFor(email)).as("its node may still be sending it").isZero();

        clock.advance(Duration.ofMinutes(2));
        notifications.retryFailed();
        notifications.retryFailed();

        assertThat(mail.takenFor(email)).isEqualTo(1);
        assertThat(repository.findById(recorded.toView().id()).orElseThrow().toView().status())
                .isEqualTo(NotificationStatus.SENT);
    }
}
