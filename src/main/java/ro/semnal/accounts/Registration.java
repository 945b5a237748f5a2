package ro.semnal.accounts;

import ro.semnal.base.i18n.Language;

/** What a person fills in to register as a learner. Any field may be missing until validated. */
public record Registration(String fullName, String email, String password, String passwordConfirmation,
        Profession profession, String institution, County county, Language language) {
}
