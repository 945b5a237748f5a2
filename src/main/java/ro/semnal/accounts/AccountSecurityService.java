package ro.semnal.accounts;

import java.time.Duration;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ro.semnal.base.validation.InvalidInputException;

/**
 * What people do to keep their account safe: confirm their address, reset a forgotten password, change
 * their password or address, sign out everywhere. Mails go out after the change is committed. Answers to
 * anonymous requests never reveal whether an address has an account.
 */
@Service
public class AccountSecurityService {

    /** Another mail of the same kind is not sent to the same account within this interval. */
    private static final Duration RESEND_INTERVAL = Duration.ofMinutes(2);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LinkTokens links;
    private final AccountMails mails;
    private final AccountProperties properties;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    AccountSecurityService(UserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            LinkTokens links, AccountMails mails, AccountProperties properties, LoginThrottle throttle,
            ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.links = links;
        this.mails = mails;
        this.properties = properties;
        this.throttle = throttle;
        this.events = events;
        this.transactions = transactions;
    }

    /** Confirms a self-registered address through the e-mailed link; the link then stops working. */
    public UserAccount verifyEmail(String token) {
        return transactions.execute(status -> {
            PasswordToken found = links.redeem(token, Set.of(PasswordToken.VERIFY_EMAIL))
                    .orElseThrow(() -> new InvalidInputException("token", "validation.token.invalid"));
            User user = users.findById(found.userId()).orElseThrow();
            user.verifyEmail();
            return user.toAccount();
        });
    }

    /** Sends a new verification link if the address has an unverified account; says nothing either way. */
    public void resendVerification(String email) {
        Link link = transactions.execute(status -> users.findByEmail(User.normaliseEmail(email))
                .filter(user -> user.isActive() && !user.isEmailVerified())
                .filter(user -> !links.issuedWithin(user.getId(), PasswordToken.VERIFY_EMAIL, RESEND_INTERVAL))
                .map(user -> new Link(user.toAccount(), links.issue(user.getId(), PasswordToken.VERIFY_EMAIL,
                        properties.verificationValidity(), null)))
                .orElse(null));
        if (link != null) {
            mails.verification(link.account(), link.token(), properties.verificationValidity());
        }
    }

    /** Mails a single-use password reset link if the address has an active account; says nothing either way. */
    public void requestPasswordReset(String email) {
        Link link = transactions.execute(status -> users.findByEmail(User.normaliseEmail(email))
                .filter(User::isActive)
                .filter(user -> !links.issuedWithin(user.getId(), PasswordToken.RESET_PASSWORD, RESEND_INTERVAL))
                .map(user -> new Link(user.toAccount(), links.issue(user.getId(), PasswordToken.RESET_PASSWORD,
                        properties.resetValidity(), null)))
                .orElse(null));
        if (link != null) {
            mails.passwordReset(link.account(), link.token(), properties.resetValidity());
        }
    }

    /**
     * The signed-in user changes their password, giving the current one (throttled like a sign-in). Their
     * other sessions end; this one stays.
     */
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        transactions.executeWithoutResult(status -> {
            User user = signedIn();
            requireCurrentPassword(user, currentPassword);
            RegistrationValidator.requireNewPassword(newPassword, confirmation, user.getEmail());
            user.changePasswordHash(passwordEncoder.encode(newPassword));
            events.publishEvent(new SessionsRevoked(user.getEmail(), UserSessions.currentSessionId()));
        });
    }

    /**
     * Starts a change of the signed-in user's address: a link goes to the new address, which replaces the
     * old one only when the link is followed.
     */
    @PreAuthorize("isAuthenticated()")
    public void requestEmailChange(String newEmail, String currentPassword) {
        Link link = transactions.execute(status -> {
            User user = signedIn();
            RegistrationValidator.email(newEmail).ifPresent(key -> {
                throw new InvalidInputException("email", key);
            });
            String normalised = User.normaliseEmail(newEmail);
            if (normalised.equals(user.getEmail())) {
                throw new InvalidInputException("email", "validation.email.unchanged");
            }
            if (users.existsByEmail(normalised)) {
                throw new InvalidInputException("email", "validation.email.taken");
            }
            requireCurrentPassword(user, currentPassword);
            return new Link(user.toAccount(), links.issue(user.getId(), PasswordToken.CHANGE_EMAIL,
                    properties.emailChangeValidity(), normalised));
        });
        mails.emailChangeConfirmation(link.account(), User.normaliseEmail(newEmail), link.token(),
                properties.emailChangeValidity());
    }

    /**
     * Confirms a new address through the link sent to it. The old address is told; every other session of
     * the user ends (this one, if signed in, at its next navigation), and they sign in with the new address.
     */
    public UserAccount confirmEmailChange(String token) {
        record Changed(UserAccount before, UserAccount after) {
        }
        Changed changed;
        try {
            changed = transactions.execute(status -> {
                PasswordToken found = links.redeem(token, Set.of(PasswordToken.CHANGE_EMAIL))
                        .orElseThrow(() -> new InvalidInputException("token", "validation.token.invalid"));
                User user = users.findById(found.userId()).orElseThrow();
                if (users.existsByEmail(found.newEmail())) {
                    throw new InvalidInputException("email", "validation.email.taken");
                }
                UserAccount before = user.toAccount();
                user.changeEmail(found.newEmail());
                users.flush();
                events.publishEvent(new SessionsRevoked(before.email(), UserSessions.currentSessionId()));
                return new Changed(before, user.toAccount());
            });
        } catch (DataIntegrityViolationException takenMeanwhile) {
            throw new InvalidInputException("email", "validation.email.taken");
        }
        mails.emailChangeNotice(changed.before(), changed.after().email(), token);
        return changed.after();
    }

    /**
     * Ends every other session of the signed-in user; the caller then signs this one out (a view must not
     * invalidate the session its own request is using).
     */
    @PreAuthorize("isAuthenticated()")
    public void signOutEverywhere() {
        events.publishEvent(new SessionsRevoked(currentUser.email().orElseThrow(), UserSessions.currentSessionId()));
    }

    private User signedIn() {
        return currentUser.email().flatMap(email -> users.findByEmail(User.normaliseEmail(email)))
                .orElseThrow(() -> new InvalidInputException("user", "error.userNotFound"));
    }

    private void requireCurrentPassword(User user, String currentPassword) {
        LoginThrottle.Permit permit = throttle.begin(user.getEmail(), "account:" + user.getId());
        try {
            if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
                permit.failed();
                throw new InvalidInputException("currentPassword", "validation.password.currentWrong");
            }
            permit.passwordAccepted();
        } finally {
            permit.release();
        }
    }

    private record Link(UserAccount account, String token) {
    }
}
