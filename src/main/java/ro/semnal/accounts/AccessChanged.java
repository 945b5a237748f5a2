package ro.semnal.accounts;

import java.util.Set;

/** An administrator changed a user's roles or whether the account is active (published in that transaction). */
public record AccessChanged(long userId, Set<Role> previousRoles, boolean wasActive, Set<Role> roles, boolean active) {
}
