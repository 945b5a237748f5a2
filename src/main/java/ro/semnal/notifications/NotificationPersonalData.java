package ro.semnal.notifications;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;
import ro.semnal.base.privacy.Rows;

/**
 * Notifications sent to the person (by account, or by address for mails sent before the account existed).
 * Erasure removes the address, subject and text; the row stays so the "sent once" key still holds, and a
 * message not yet delivered is never tried again.
 */
@Component
class NotificationPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of(Notification.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of("notifications", Rows.of(jdbc, """
                select recipient_email, kind, subject, body, status, created_at, sent_at from notification
                where recipient_user_id = ? or recipient_email = (select email from users where id = ?) order by id
                """, userId, userId));
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("""
                update notification set recipient_email = concat('erased-', ?, '.', id, '@invalid'), subject = '',
                body = '', last_error = null, next_attempt_at = null,
                status = case when status in ('PENDING', 'FAILED') then 'FAILED' else status end
                where recipient_user_id = ? or recipient_email = ?
                """).params(erasure.userId(), erasure.userId(), erasure.formerEmail()).update();
    }
}
