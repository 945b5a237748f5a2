package ro.semnal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.accounts.ui.AdminUsersView;
import ro.semnal.accounts.ui.LoginView;
import ro.semnal.base.i18n.Language;
import ro.semnal.cohorts.ui.CohortsView;
import ro.semnal.learning.ui.LearnerHomeView;
import ro.semnal.operations.ui.SystemView;
import ro.semnal.reporting.ui.ProgrammeView;
import ro.semnal.testsupport.KaribuTest;

/** Each role, signed in, sees its own pages in the navigation and is refused the others. */
class RoleAccessUiIT extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    AccountService accounts;

    private static List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static void assertDenied(String route) {
        UI.getCurrent().navigate(route);
        _assertOne(AccessDeniedView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate("");
        _assertOne(LoginView.class);
        UI.getCurrent().navigate("admin/users");
        _assertOne(LoginView.class);
        _assertNone(AdminUsersView.class);
    }

    @Test
    void a_learner_sees_their_home_and_is_refused_trainer_coordinator_and_admin_pages() {
        UserAccount learner = users.create("Ioana Cursant", Role.LEARNER);
        login(learner);
        _assertOne(LearnerHomeView.class);
        assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText()).contains("Ioana Cursant");
        assertThat(navigation()).containsExactly("Acasă", "Catalog de cursuri", "Testele mele", "Sesiunile mele", "Certificatele mele", "Datele mele", "Contul meu");

        assertDenied("trainer");
        assertDenied("coordinator");
        assertDenied("admin/users");
        assertDenied("admin/system");
        assertDenied("admin/courses");
        assertDenied("admin/outbox");
        assertDenied("coordinator/certificates");
        assertDenied("admin/audit");
        assertDenied("admin/privacy");
        _assertNone(AdminUsersView.class);
    }

    @Test
    void a_trainer_reaches_the_trainer_page_and_their_cohorts_figures_but_not_certificates_or_administration() {
        login(users.create("Mihai Formator", Role.TRAINER));
        assertThat(navigation()).containsExactly("Acasă", "Catalog de cursuri", "Testele mele", "Sesiunile mele", "Certificatele mele", "Datele mele", "Contul meu", "Grupele mele", "Program");
        UI.getCurrent().navigate(CohortsView.class);
        _assertOne(CohortsView.class);
        assertDenied("coordinator/certificates");
        assertDenied("admin/users");
    }

    @Test
    void a_coordinator_reaches_programme_and_trainer_pages_but_not_administration() {
        login(users.create("Elena Coordonator", Role.COORDINATOR));
        assertThat(navigation()).containsExactly("Acasă", "Catalog de cursuri", "Testele mele", "Sesiunile mele", "Certificatele mele", "Datele mele", "Contul meu", "Grupele mele", "Program",
                "Certificate");
        UI.getCurrent().navigate(ProgrammeView.class);
        _assertOne(ProgrammeView.class);
        assertDenied("admin/users");
        assertDenied("admin/audit");
    }

    @Test
    void an_administrator_reaches_every_page() {
        login(users.create("Andrei Admin", Role.ADMIN));
        assertThat(navigation()).containsExactly("Acasă", "Catalog de cursuri", "Testele mele", "Sesiunile mele", "Certificatele mele", "Datele mele", "Contul meu", "Grupele mele", "Program",
                "Certificate", "Utilizatori", "Cereri privind datele", "Cursuri", "Mesaje trimise", "Jurnal de audit",
                "Sistem");
        UI.getCurrent().navigate(AdminUsersView.class);
        _assertOne(AdminUsersView.class);
        UI.getCurrent().navigate(SystemView.class);
        _assertOne(SystemView.class);
    }

    @Test
    void the_language_switch_shows_english_and_remembers_it_on_the_account() {
        UserAccount learner = users.create("Dana Bilingv", Role.LEARNER);
        login(learner);
        assertThat(navigation()).containsExactly("Acasă", "Catalog de cursuri", "Testele mele", "Sesiunile mele", "Certificatele mele", "Datele mele", "Contul meu");

        _click(_get(Button.class, spec -> spec.withId("language-switch")));

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(navigation()).containsExactly("Home", "Course catalog", "My quizzes", "My sessions", "My certificates", "My data", "My account");
        assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText()).startsWith("Welcome");
        assertThat(accounts.findByEmail(learner.email()).orElseThrow().language()).isEqualTo(Language.EN);
    }
}
