package ro.semnal.shell;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.UserAccount;
import ro.semnal.accounts.ui.LanguageSwitch;
import ro.semnal.base.i18n.Language;

/**
 * Every new UI speaks the signed-in user's language (or the language chosen before signing in, or
 * Romanian), and a user whose account was deactivated is signed out at their next navigation.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    UiSetup(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(language().locale());
            ui.addBeforeEnterListener(enter -> {
                if (authentication.isAuthenticated() && accounts.current().filter(UserAccount::active).isEmpty()) {
                    authentication.logout();
                }
            });
        });
    }

    private Language language() {
        Optional<UserAccount> user = accounts.current();
        if (user.isPresent()) {
            return user.get().language();
        }
        Object chosen = VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getAttribute(LanguageSwitch.SESSION_LANGUAGE);
        return chosen instanceof Language language ? language : Language.RO;
    }
}
