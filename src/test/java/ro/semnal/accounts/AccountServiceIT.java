package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

@SpringBootTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void within_one_request_the_signed_in_account_is_read_once() {
        signIn(users.create("Ana Request", Role.LEARNER));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        UserAccount first = accounts.current().orElseThrow();
        assertThat(accounts.current().orElseThrow()).isSameAs(first);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(accounts.current().orElseThrow()).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void a_language_change_is_seen_by_the_rest_of_the_same_request() {
        signIn(users.create("Ion Request", Role.LEARNER));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        Language before = accounts.current().orElseThrow().language();
        Language other = before == Language.RO ? Language.EN : Language.RO;

        accounts.changeLanguage(other);

        assertThat(accounts.current().orElseThrow().language()).isEqualTo(other);
    }

    @Test
    void outside_a_request_the_signed_in_account_is_read_each_time() {
        signIn(users.create("Job Thread", Role.LEARNER));
        RequestContextHolder.resetRequestAttributes();

        assertThat(accounts.current().orElseThrow()).isNotSameAs(accounts.current().orElseThrow());
    }

    private void signIn(UserAccount user) {
        signIn.as(user);
    }

    @Test
    void a_registered_learner_keeps_romanian_diacritics_and_a_hashed_password() {
        String email = TestUsers.uniqueEmail("stefan");
        UserAccount created = accounts.register(new Registration("Ștefan Țăranu-Șerbănescu", email,
                TestUsers.PASSWORD, TestUsers.PASSWORD, Profession.SOCIAL_WORKER, "DGASPC Brașov – Centrul „Speranța”",
                County.BV, Language.RO));

        UserAccount read = accounts.findByEmail(email).orElseThrow();
        assertThat(read.fullName()).isEqualTo("Ștefan Țăranu-Șerbănescu");
        assertThat(read.institution()).isEqualTo("DGASPC Brașov – Centrul „Speranța”");
        assertThat(read.roles()).containsExactly(Role.LEARNER);
        assertThat(read.id()).isEqualTo(created.id());
        UserDetails details = userDetails.loadUserByUsername(email);
        assertThat(details.getPassword()).doesNotContain(TestUsers.PASSWORD).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD, details.getPassword())).isTrue();
    }

    @Test
    void an_email_already_used_in_another_letter_case_is_refused() {
        String email = TestUsers.uniqueEmail("ana");
        accounts.register(TestUsers.registration("Ana Pop", email));
        assertThatThrownBy(() -> accounts.register(TestUsers.registration("Ana Pop", email.toUpperCase())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("email", "validation.email.taken")).isTrue());
    }

    @Test
    void sign_in_finds_the_account_whatever_the_letter_case_of_the_email() {
        UserAccount user = users.create("Maria Ionescu", Role.LEARNER);
        assertThat(userDetails.loadUserByUsername("  " + user.email().toUpperCase() + " ").getUsername())
                .isEqualTo(user.email());
    }

    @Test
    void an_invalid_registration_is_refused_with_every_error_and_nothing_is_stored() {
        String email = TestUsers.uniqueEmail("x");
        assertThatThrownBy(() -> accounts.register(new Registration("", email, "short", "other", null, "", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).hasSize(6));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void only_an_administrator_may_list_users_or_change_their_access() {
        UserAccount learner = users.create("Learner Only", Role.LEARNER);
        assertThatThrownBy(() -> accounts.count("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn(learner);
        assertThatThrownBy(() -> accounts.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.updateAccess(learner.id(), Set.of(Role.ADMIN), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findByEmail(learner.email()).orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void an_administrator_finds_users_by_name_and_changes_roles() {
        UserAccount admin = users.create("Admin Principal", Role.ADMIN);
        UserAccount learner = users.create("Găsește Mă Ușor", Role.LEARNER);
        signIn(admin);
        assertThat(accounts.search("găsește mă", PageRequest.of(0, 10))).extracting(UserAccount::id)
                .containsExactly(learner.id());
        assertThat(accounts.count("găsește mă")).isEqualTo(1);

        UserAccount changed = accounts.updateAccess(learner.id(), EnumSet.of(Role.LEARNER, Role.TRAINER), true);
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(userDetails.loadUserByUsername(learner.email()).getAuthorities()).extracting(a -> a.getAuthority())
                .containsExactlyInAnyOrder("ROLE_LEARNER", "ROLE_TRAINER");
    }

    @Test
    void a_deactivated_account_can_no_longer_sign_in() {
        UserAccount admin = users.create("Admin Doi", Role.ADMIN);
        UserAccount learner = users.create("Cursant Plecat", Role.LEARNER);
        signIn(admin);
        accounts.updateAccess(learner.id(), Set.of(Role.LEARNER), false);
        assertThat(userDetails.loadUserByUsername(learner.email()).isEnabled()).isFalse();
        accounts.updateAccess(learner.id(), Set.of(Role.LEARNER), true);
        assertThat(userDetails.loadUserByUsername(learner.email()).isEnabled()).isTrue();
    }

    @Test
    void an_administrator_cannot_demote_or_deactivate_themselves() {
        UserAccount admin = users.create("Admin Trei", Role.ADMIN);
        signIn(admin);
        assertThatThrownBy(() -> accounts.updateAccess(admin.id(), Set.of(Role.LEARNER), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.hasError("roles", "validation.roles.keepOwnAdmin")).isTrue();
                    assertThat(e.hasError("active", "validation.active.notSelf")).isTrue();
                });
        assertThatThrownBy(() -> accounts.updateAccess(admin.id(), Set.of(), true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("roles", "validation.roles.required")).isTrue());
        assertThat(accounts.findByEmail(admin.email()).orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void the_signed_in_user_changes_their_language() {
        UserAccount user = users.create("Vorbitor Englez", Role.LEARNER);
        signIn(user);
        accounts.changeLanguage(Language.EN);
        assertThat(accounts.current().orElseThrow().language()).isEqualTo(Language.EN);
    }
}
