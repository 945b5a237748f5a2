package ro.semnal.accounts;

import java.time.Instant;
import java.util.Set;

import ro.semnal.base.i18n.Language;

/** What other features and views may know of an account: never the password hash. */
public record UserAccount(Long id, String email, String fullName, Profession profession, String institution,
        County county, Language language, Set<Role> roles, boolean active, Instant createdAt) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
