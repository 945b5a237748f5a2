package ro.semnal.cohorts.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

import jakarta.annotation.security.RolesAllowed;

/** Where trainers will run their cohorts (issue #7); for now it says so. */
@Route("trainer")
@RolesAllowed({"TRAINER", "COORDINATOR", "ADMIN"})
@AccessDeniedErrorRouter
@Menu(title = "nav.trainer", order = 20, icon = "vaadin:group")
public class TrainerHomeView extends VerticalLayout implements HasDynamicTitle {

    public TrainerHomeView() {
        H2 title = new H2(getTranslation("home.trainer.title"));
        title.setId("trainer-title");
        add(title, new Paragraph(getTranslation("home.trainer.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.trainer") + " · " + getTranslation("app.name");
    }
}
