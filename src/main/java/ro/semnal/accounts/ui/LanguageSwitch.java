package ro.semnal.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

import ro.semnal.accounts.AccountService;
import ro.semnal.base.i18n.Language;

/**
 * Switches between Romanian and English. A signed-in user's choice is saved on their account; before
 * signing in it lasts for the browser session. The page is reloaded so every text is shown again.
 */
public class LanguageSwitch extends Button {

    public static final String SESSION_LANGUAGE = "semnal.language";

    public LanguageSwitch(AccountService accounts) {
        Language current = Language.of(UI.getCurrent().getLocale());
        Language other = current == Language.RO ? Language.EN : Language.RO;
        setText(getTranslation("language.switchTo." + other.code()));
        getElement().setAttribute("lang", other.code());
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> {
            if (accounts.current().isPresent()) {
                accounts.changeLanguage(other);
            }
            VaadinSession.getCurrent().setAttribute(SESSION_LANGUAGE, other);
            VaadinSession.getCurrent().setLocale(other.locale());
            UI.getCurrent().setLocale(other.locale());
            UI.getCurrent().getPage().reload();
        });
    }
}
