package ro.semnal.reporting.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

import jakarta.annotation.security.RolesAllowed;

/** Where coordinators will see the programme's figures (issue #8); for now it says so. */
@Route("coordinator")
@RolesAllowed({"COORDINATOR", "ADMIN"})
@AccessDeniedErrorRouter
@Menu(title = "nav.coordinator", order = 30, icon = "vaadin:chart")
public class CoordinatorHomeView extends VerticalLayout implements HasDynamicTitle {

    public CoordinatorHomeView() {
        H2 title = new H2(getTranslation("home.coordinator.title"));
        title.setId("coordinator-title");
        add(title, new Paragraph(getTranslation("home.coordinator.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coordinator") + " · " + getTranslation("app.name");
    }
}
