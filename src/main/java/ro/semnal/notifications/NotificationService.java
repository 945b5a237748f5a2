package ro.semnal.notifications;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends each notification once: it is recorded under its unique key first, then mailed through the
 * configured SMTP server; without one it stays in the outbox for administrators, and nothing fails.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final Duration abandonedAfter;
    private final Counter sent;
    private final Counter failed;

    NotificationService(NotificationRepository notifications, ObjectProvider<JavaMailSender> mail,
            TransactionTemplate transactions, Clock clock, @Value("${semnal.mail.from:semnal@localhost}") String from,
            @Value("${semnal.mail.abandoned-after:5m}") Duration abandonedAfter, MeterRegistry meters) {
        this.notifications = notifications;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
        this.abandonedAfter = abandonedAfter;
        this.sent = Counter.builder("semnal.mail.sent").description("Mails handed to the SMTP server").register(meters);
        this.failed = Counter.builder("semnal.mail.failed").description("Mails the SMTP server refused or could not take")
                .register(meters);
    }

    /** Records and sends the notification; returns false, sending nothing, when it was already recorded. */
    public boolean send(NotificationRequest request) {
        Long id;
        try {
            id = transactions.execute(status -> {
                if (notifications.existsByRecipientEmailAndKindAndSubjectKeyAndOccurrence(request.recipientEmail(),
                        request.kind(), request.subjectKey(), request.occurrence())) {
                    return null;
                }
                return notifications.saveAndFlush(new Notification(request, clock.instant())).toView().id();
            });
        } catch (DataIntegrityViolationException recordedByAnotherNode) {
            return false;
        }
        if (id == null) {
            return false;
        }
        deliver(id);
        return true;
    }

    private void deliver(long id) {
        transactions.executeWithoutResult(status -> {
            Notification notification = notifications.findById(id).orElseThrow();
            JavaMailSender sender = mail.getIfAvailable();
            if (sender == null) {
                notification.keptInOutbox();
                log.info("No SMTP server configured: notification {} to {} kept in the outbox", id,
                        notification.recipientEmail());
                return;
            }
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(notification.recipientEmail());
                message.setSubject(notification.subject());
                message.setText(notification.body());
                sender.send(message);
                sent.increment();
                notification.sent(clock.instant());
            } catch (MailException e) {
                failed.increment();
                notification.failed(e.getMessage(), clock.instant());
                log.warn("Notification {} to {} failed: {}", id, notification.recipientEmail(), e.getMessage());
            }
        });
    }

    /**
     * Sends again the failed notifications whose back-off has passed, and those a stopped node recorded but
     * never handed to the mail server; returns how many were tried.
     */
    public int retryFailed() {
        List<Long> due = transactions.execute(status -> notifications.findDueForRetry(clock.instant(),
                clock.instant().minus(abandonedAfter)));
        due.forEach(this::deliver);
        return due.size();
    }

    /** The most recent notifications, for administrators (the outbox when no SMTP server is configured). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<NotificationView> recent(Pageable page) {
        return transactions.execute(status -> notifications.findAllByOrderByCreatedAtDesc(page).stream()
                .map(Notification::toView).toList());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        return notifications.count();
    }

    /** Deletes notifications recorded before the given instant (the retention of notification logs). */
    public int deleteOlderThan(java.time.Instant before) {
        return transactions.execute(status -> notifications.deleteCreatedBefore(before));
    }
}
