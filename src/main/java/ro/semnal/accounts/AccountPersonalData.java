package ro.semnal.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;
import ro.semnal.base.privacy.Rows;

/**
 * The profile, roles and password links of a person. Erasure runs last (the other features still find the
 * former e-mail): the account stays, so everything linked to it keeps its counts, but it no longer says who.
 * Every other session of the erased user ends once the erasure is committed (see UserSessions).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AccountPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    AccountPersonalData(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of(User.class, PasswordToken.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("profile", Rows.of(jdbc, "select id, email, full_name, profession, institution, county, language, "
                + "active, email_verified, created_at from users where id = ?", userId).stream().findFirst().orElse(Map.of()));
        files.put("roles", Rows.of(jdbc, "select role from user_roles where user_id = ? order by role", userId));
        files.put("password-links", Rows.of(jdbc,
                "select purpose, new_email, created_at, expires_at, used_at from password_token where user_id = ? order by id", userId));
        return files;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("select email from users where id = ?").param(erasure.userId()).query(String.class).optional()
                .ifPresent(email -> events.publishEvent(new SessionsRevoked(email, UserSessions.currentSessionId())));
        jdbc.sql("delete from password_token where user_id = ?").param(erasure.userId()).update();
        jdbc.sql("""
                update users set email = ?, full_name = ?, institution = '', password_hash = ?, active = false,
                version = version + 1 where id = ?
                """).params(erasure.pseudonymEmail(), erasure.pseudonymName(),
                passwords.encode(Tokens.random(32)), erasure.userId()).update();
    }
}
