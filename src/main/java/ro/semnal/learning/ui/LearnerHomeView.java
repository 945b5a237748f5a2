package ro.semnal.learning.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;
import ro.semnal.learning.CatalogEntry;
import ro.semnal.learning.CourseStatus;
import ro.semnal.learning.LearningService;

/** The start page of every signed-in user: "my learning", courses in progress and completed. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class LearnerHomeView extends VerticalLayout implements HasDynamicTitle {

    public LearnerHomeView(AccountService accounts, LearningService learning) {
        addClassName("semnal-home");
        String name = accounts.current().map(UserAccount::fullName).orElse("");
        H2 greeting = new H2(getTranslation("home.learner.greeting", name));
        greeting.setId("home-greeting");
        add(greeting);
        List<CatalogEntry> mine = learning.myCourses();
        Language language = Language.of(UI.getCurrent().getLocale());
        List<CatalogEntry> inProgress = mine.stream().filter(e -> e.status() != CourseStatus.COMPLETED).toList();
        List<CatalogEntry> completed = mine.stream().filter(e -> e.status() == CourseStatus.COMPLETED).toList();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("home.learner.empty")));
        }
        if (!inProgress.isEmpty()) {
            add(new H3(getTranslation("home.learner.inProgress")), cards(inProgress, language, "my-in-progress"));
        }
        if (!completed.isEmpty()) {
            add(new H3(getTranslation("home.learner.completed")), cards(completed, language, "my-completed"));
        }
        add(new RouterLink(getTranslation("home.learner.toCatalog"), CatalogView.class));
    }

    private static Div cards(List<CatalogEntry> entries, Language language, String id) {
        Div cards = new Div();
        cards.setId(id);
        cards.addClassName("semnal-course-grid");
        entries.forEach(entry -> cards.add(new CourseCard(entry, language)));
        return cards;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
