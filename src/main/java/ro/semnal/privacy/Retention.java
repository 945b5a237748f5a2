package ro.semnal.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ro.semnal.accounts.AccountService;
import ro.semnal.audit.AuditAction;
import ro.semnal.audit.AuditLog;
import ro.semnal.base.privacy.Rows;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.notifications.NotificationService;

/**
 * The retention rules, applied by a nightly job: accounts without a sign-in (or, never signed in, created)
 * for the configured months are erased, administrators excepted, and older notification logs deleted.
 * Running it twice changes nothing more: erased accounts no longer match, deleted logs are gone.
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final PrivacyService privacy;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final PrivacyProperties properties;
    private final Clock clock;

    Retention(JdbcClient jdbc, AccountService accounts, PrivacyService privacy, NotificationService notifications,
            AuditLog audit, PrivacyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.privacy = privacy;
        this.notifications = notifications;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Applies both rules; returns how many accounts were erased and notifications deleted. */
    RetentionResult run() {
        int erased = properties.inactiveAccountMonths() == 0 ? 0 : eraseInactive(monthsAgo(properties.inactiveAccountMonths()));
        int deleted = properties.notificationLogMonths() == 0 ? 0
                : notifications.deleteOlderThan(monthsAgo(properties.notificationLogMonths()));
        if (erased + deleted > 0) {
            audit.record(AuditAction.RETENTION_CLEANUP, AuditLog.USER, null, null,
                    erased + " inactive accounts erased, " + deleted + " notifications deleted");
            log.info("Retention: {} inactive accounts erased, {} notifications deleted", erased, deleted);
        }
        return new RetentionResult(erased, deleted);
    }

    private int eraseInactive(Instant inactiveSince) {
        List<Long> inactive = jdbc.sql("""
                select u.id from users u left join sign_in_activity s on s.user_id = u.id
                where coalesce(s.last_sign_in_at, u.created_at) < ?
                and u.email <> concat('erased-', u.id, '@invalid')
                and not exists (select 1 from user_roles r where r.user_id = u.id and r.role = 'ADMIN')
                order by u.id
                """).param(Rows.utc(inactiveSince)).query(Long.class).list();
        int erased = 0;
        for (long id : inactive) {
            try {
                accounts.findById(id).ifPresent(privacy::erase);
                erased++;
            } catch (InvalidInputException refused) {
                log.warn("Retention: account {} not erased: {}", id, refused.getMessage());
            }
        }
        return erased;
    }

    private Instant monthsAgo(int months) {
        return clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    record RetentionResult(int accountsErased, int notificationsDeleted) {
    }
}
