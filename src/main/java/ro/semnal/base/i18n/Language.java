package ro.semnal.base.i18n;

import java.util.Locale;

/** The languages of the interface and of course content. Romanian first. */
public enum Language {
    RO(Locale.of("ro", "RO")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a locale: English for any English locale, Romanian for everything else. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : RO;
    }

    public static Language fromCode(String code) {
        return code != null && code.trim().equalsIgnoreCase("en") ? EN : RO;
    }
}
