package ro.semnal.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import ro.semnal.accounts.AccountSecurityService;
import ro.semnal.accounts.AccountService;
import ro.semnal.base.validation.InvalidInputException;

/** The link sent to a new address: confirming it makes it the account's address (sign in again with it). */
@Route(value = "confirm-email/:token", autoLayout = false)
@AnonymousAllowed
public class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountSecurityService security;
    private final Paragraph result = new Paragraph();

    public ConfirmEmailView(AccountService accounts, AccountSecurityService security) {
        this.security = security;
        addClassName("semnal-login");
        setAlignItems(FlexComponent.Alignment.CENTER);
        result.setId("confirm-result");
        add(new LanguageSwitch(accounts), new H1(getTranslation("confirmEmail.title")), result,
                new Anchor("login", getTranslation("login.title")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var account = security.confirmEmailChange(event.getRouteParameters().get("token").orElse(""));
            result.setText(getTranslation("confirmEmail.done", account.email()));
        } catch (InvalidInputException e) {
            result.setText(getTranslation(e.errors().getFirst().messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirmEmail.title") + " · " + getTranslation("app.name");
    }
}
