package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import jakarta.servlet.http.HttpSessionEvent;

class UserSessionsTest {

    private final UserSessions sessions = new UserSessions();

    private MockHttpSession signedIn(String id, String email) {
        MockHttpSession session = new MockHttpSession(null, id);
        sessions.sessionCreated(new HttpSessionEvent(session));
        sessions.registerNewSession(id, new DatabaseUserDetailsService.SignInDetails(email, "{bcrypt}x", true, true,
                List.of(new SimpleGrantedAuthority("ROLE_LEARNER"))));
        return session;
    }

    @Test
    void ending_a_users_sessions_invalidates_all_but_the_one_to_keep_and_leaves_other_users_alone() {
        MockHttpSession here = signedIn("s1", "ana@semnal.ro");
        MockHttpSession laptop = signedIn("s2", "ana@semnal.ro");
        MockHttpSession phone = signedIn("s3", "ANA@semnal.ro");
        MockHttpSession someoneElse = signedIn("s4", "ion@semnal.ro");

        assertThat(sessions.end("Ana@Semnal.ro", "s1")).isEqualTo(2);

        assertThat(here.isInvalid()).isFalse();
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(someoneElse.isInvalid()).isFalse();
        assertThat(sessions.count("ana@semnal.ro")).isEqualTo(1);
    }

    @Test
    void a_session_whose_id_changed_on_sign_in_can_still_be_ended() {
        MockHttpSession session = signedIn("old", "ana@semnal.ro");
        String newId = session.changeSessionId();
        sessions.sessionIdChanged(new HttpSessionEvent(session), "old");
        assertThat(sessions.getSessionInformation(newId)).isNotNull();

        assertThat(sessions.end("ana@semnal.ro", null)).isEqualTo(1);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_session_that_ended_by_itself_is_forgotten() {
        MockHttpSession session = signedIn("s1", "ana@semnal.ro");
        sessions.sessionDestroyed(new HttpSessionEvent(session));
        assertThat(sessions.count("ana@semnal.ro")).isZero();
    }
}
