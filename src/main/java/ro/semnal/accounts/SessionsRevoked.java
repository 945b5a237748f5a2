package ro.semnal.accounts;

/**
 * Every HTTP session of the user must end once the current transaction commits (deactivation, password
 * reset or change, e-mail change, "sign out everywhere"); {@code keepSessionId}, if not null, is spared.
 */
record SessionsRevoked(String email, String keepSessionId) {
}
