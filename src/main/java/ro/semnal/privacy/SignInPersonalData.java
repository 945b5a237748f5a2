package ro.semnal.privacy;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;
import ro.semnal.base.privacy.Rows;

/** The last sign-in of the person; deleted on erasure. */
@Component
class SignInPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    SignInPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of(SignInActivity.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of("sign-ins", Rows.of(jdbc, "select last_sign_in_at from sign_in_activity where user_id = ?", userId));
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("delete from sign_in_activity where user_id = ?").param(erasure.userId()).update();
    }
}
