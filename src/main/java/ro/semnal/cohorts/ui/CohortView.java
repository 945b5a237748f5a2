package ro.semnal.cohorts.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

import jakarta.annotation.security.RolesAllowed;

import ro.semnal.accounts.AccountService;
import ro.semnal.catalog.CatalogService;
import ro.semnal.cohorts.CohortDashboard;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.cohorts.SessionService;

/** One cohort for its trainers: members, CSV import, invite, sessions and attendance, and the dashboard. */
@Route("trainer/cohort/:cohort")
@RolesAllowed({"TRAINER", "COORDINATOR", "ADMIN"})
@AccessDeniedErrorRouter
public class CohortView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final SessionService sessions;
    private final CohortDashboard dashboard;
    private final AccountService accounts;
    private final CatalogService catalog;
    private String title = "";

    public CohortView(CohortService cohorts, SessionService sessions, CohortDashboard dashboard, AccountService accounts,
            CatalogService catalog) {
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.dashboard = dashboard;
        this.accounts = accounts;
        this.catalog = catalog;
        setSizeFull();
    }

    static RouteParameters parameters(long cohortId) {
        return new RouteParameters("cohort", Long.toString(cohortId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("cohort").orElse(-1L);
        removeAll();
        CohortSummary cohort;
        try {
            cohort = cohorts.get(id);
        } catch (ro.semnal.base.validation.InvalidInputException notFound) {
            add(new Paragraph(getTranslation("cohorts.error.notFound")));
            return;
        }
        title = cohort.name();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("cohorts.tab.members"), new MembersTab(cohorts, accounts, cohort));
        tabs.add(getTranslation("cohorts.tab.import"), new ImportTab(cohorts, cohort));
        tabs.add(getTranslation("cohorts.tab.sessions"), new SessionsTab(sessions, cohort));
        tabs.add(getTranslation("cohorts.tab.dashboard"), new DashboardTab(dashboard, cohort));
        add(new H2(cohort.name()), tabs);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
