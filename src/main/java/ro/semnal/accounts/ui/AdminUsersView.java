package ro.semnal.accounts.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.UserAccount;

/** Administrators find users (lazily, by name or e-mail) and change their roles or deactivate them. */
@Route("admin/users")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
@Menu(title = "nav.adminUsers", order = 90, icon = "vaadin:users")
public class AdminUsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final TextField search = new TextField();
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    public AdminUsersView(AccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        add(new H2(getTranslation("adminUsers.title")), createSearch(), createGrid());
    }

    private TextField createSearch() {
        search.setPlaceholder(getTranslation("adminUsers.search"));
        search.setAriaLabel(getTranslation("adminUsers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.setWidth("min(100%, 28rem)");
        return search;
    }

    private Grid<UserAccount> createGrid() {
        grid.addColumn(UserAccount::fullName).setKey("name").setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        grid.addColumn(UserAccount::email).setKey("email").setHeader(getTranslation("field.email")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.profession().messageKey())).setKey("profession")
                .setHeader(getTranslation("field.profession"));
        grid.addColumn(u -> u.county().displayName()).setKey("county").setHeader(getTranslation("field.county"));
        grid.addColumn(UserAccount::institution).setKey("institution").setHeader(getTranslation("field.institution"));
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(", "))).setKey("roles").setHeader(getTranslation("field.roles"));
        grid.addColumn(u -> getTranslation(u.active() ? "status.active" : "status.inactive")).setKey("status")
                .setHeader(getTranslation("field.status"));
        grid.setItems(query -> accounts.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) accounts.count(search.getValue()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(click -> new EditUserDialog(accounts, click.getItem(),
                saved -> grid.getDataProvider().refreshItem(saved)).open());
        grid.setSizeFull();
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adminUsers.title") + " · " + getTranslation("app.name");
    }
}
