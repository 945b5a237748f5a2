package ro.semnal.shell;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.UserAccount;
import ro.semnal.accounts.ui.LanguageSwitch;

/**
 * The frame of every signed-in view: navigation built from the views' {@code @Menu} annotations (Vaadin
 * leaves out the ones the user's roles do not allow), the user's name, the language switch and sign-out.
 * Views do not name this class: {@code @Layout} applies it, so features do not depend on the shell.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final SideNav nav = new SideNav();

    public MainLayout(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), createHeader());
        addToDrawer(createBrand(), nav);
    }

    private Component createBrand() {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("semnal-brand");
        return brand;
    }

    private Component createHeader() {
        Optional<UserAccount> user = accounts.current();
        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("semnal-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Span title = new Span(getTranslation("app.tagline"));
        title.addClassName("semnal-tagline");
        header.add(title);
        header.addToEnd(new LanguageSwitch(accounts));
        user.ifPresent(u -> {
            Span name = new Span(u.fullName());
            name.addClassName("semnal-user-name");
            Button logout = new Button(getTranslation("action.logout"), new Icon(VaadinIcon.SIGN_OUT),
                    click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.addToEnd(name, logout);
        });
        return header;
    }

    /**
     * The menu is built once per layout: the layout stays while the user navigates inside the UI, the entries
     * depend only on the user's roles and language, and a language change reloads the page. Building it on every
     * navigation checked access to every route each time (about 7 % of the CPU of a quiz in the load test).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!nav.getItems().isEmpty()) {
            return;
        }
        for (MenuEntry entry : MenuConfiguration.getMenuEntries(UI.getCurrent().getLocale())) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
    }
}
