package ro.semnal.accounts;

/** An account created on someone's behalf, and the secret token of the link that lets them set a password. */
public record InvitedAccount(UserAccount account, String passwordToken) {
}
