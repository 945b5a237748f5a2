package ro.semnal.learning.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.UserAccount;

/** The start page of every signed-in user: their learning. The catalog and progress come with issue #3. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class LearnerHomeView extends VerticalLayout implements HasDynamicTitle {

    public LearnerHomeView(AccountService accounts) {
        addClassName("semnal-home");
        String name = accounts.current().map(UserAccount::fullName).orElse("");
        H2 greeting = new H2(getTranslation("home.learner.greeting", name));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(getTranslation("home.learner.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
