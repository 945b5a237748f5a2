package ro.semnal.base.i18n;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Every user-facing string comes from {@code messages_ro.properties} and {@code messages_en.properties}.
 * Any locale other than English is served in Romanian. A missing key shows as {@code !key!}, so it is
 * visible in the UI and caught by the bundle test rather than failing a page.
 */
@Component
public class Translations implements I18NProvider {

    private final MessageSource messages;

    public Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Language.RO.locale(), Language.EN.locale());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params.length == 0 ? null : params, Language.of(locale).locale());
        } catch (NoSuchMessageException e) {
            return "!" + key + "!";
        }
    }

    public String get(Language language, String key, Object... params) {
        return getTranslation(key, language.locale(), params);
    }
}
