package ro.semnal.catalog;

import ro.semnal.base.i18n.Language;

/** A text in Romanian and English. Either may be missing only where the format allows it. */
public record Localized(String ro, String en) {

    public String in(Language language) {
        return language == Language.EN ? en : ro;
    }

    /** The text in the given language, or in the other one when it is missing. */
    public String orOther(Language language) {
        String wanted = in(language);
        return wanted == null || wanted.isBlank() ? in(language == Language.EN ? Language.RO : Language.EN) : wanted;
    }

    public boolean has(Language language) {
        String text = in(language);
        return text != null && !text.isBlank();
    }

    public boolean complete() {
        return has(Language.RO) && has(Language.EN);
    }
}
