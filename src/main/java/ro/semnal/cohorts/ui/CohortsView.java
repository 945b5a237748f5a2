package ro.semnal.cohorts.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

import jakarta.annotation.security.RolesAllowed;

import ro.semnal.accounts.AccountService;
import ro.semnal.catalog.CatalogService;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;

/** The cohorts a trainer runs (all of them, for coordinators), and a new one. */
@Route("trainer")
@RolesAllowed({"TRAINER", "COORDINATOR", "ADMIN"})
@AccessDeniedErrorRouter
@Menu(title = "nav.trainer", order = 20, icon = "vaadin:group")
public class CohortsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<CohortSummary> grid = new Grid<>(CohortSummary.class, false);
    private final CohortService cohorts;

    public CohortsView(CohortService cohorts, CatalogService catalog, AccountService accounts) {
        this.cohorts = cohorts;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        H2 title = new H2(getTranslation("cohorts.title"));
        title.setId("trainer-title");
        Button create = new Button(getTranslation("cohorts.new"), VaadinIcon.PLUS.create(),
                click -> new CohortDialog(cohorts, catalog, accounts, null, saved -> refresh()).open());
        create.setId("new-cohort");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(CohortSummary::name).setKey("name").setHeader(getTranslation("cohorts.name")).setFlexGrow(1);
        grid.addColumn(c -> dates.format(c.startDate()) + " – " + dates.format(c.endDate())).setKey("dates")
                .setHeader(getTranslation("cohorts.dates"));
        grid.addColumn(c -> c.members() + " / " + c.capacity()).setKey("members").setHeader(getTranslation("cohorts.members"));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(CohortView.class, CohortView.parameters(click.getItem().id())));
        grid.setAllRowsVisible(true);
        add(title, create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(cohorts.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.title") + " · " + getTranslation("app.name");
    }
}
