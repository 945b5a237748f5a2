package ro.semnal.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AccountPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    AccountPersonalData(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of(User.class, PasswordToken.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("profile", Rows.of(jdbc, "select id, email, full_name, profession, institution, county, language, "
                + "active, created_at from users where id = ?", userId).stream().findFirst().orElse(Map.of()));
        files.put("roles", Rows.of(jdbc, "select role from user_roles where user_id = ? order by role", userId));
        files.put("password-links", Rows.of(jdbc,
                "select purpose, expires_at, used_at from password_token where user_id = ? order by id", userId));
        return files;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("delete from password_token where user_id = ?").param(erasure.userId()).update();
        jdbc.sql("""
                update users set email = ?, full_name = ?, institution = '', password_hash = ?, active = false,
                version = version + 1 where id = ?
                """).params(erasure.pseudonymEmail(), erasure.pseudonymName(),
                passwords.encode(Tokens.random(32)), erasure.userId()).update();
    }
}
