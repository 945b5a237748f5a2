package ro.semnal.privacy;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ro.semnal.accounts.AccountService;

/** Records each successful sign-in, so retention knows which accounts are inactive. */
@Component
class SignInTracker {

    private final SignInActivityRepository activity;
    private final AccountService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignInTracker(SignInActivityRepository activity, AccountService accounts, TransactionTemplate transactions,
            Clock clock) {
        this.activity = activity;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        accounts.findByEmail(event.getAuthentication().getName()).ifPresent(account -> {
            try {
                transactions.executeWithoutResult(status -> activity.findById(account.id()).ifPresentOrElse(
                        found -> found.signedIn(clock.instant()),
                        () -> activity.saveAndFlush(new SignInActivity(account.id(), clock.instant()))));
            } catch (DataIntegrityViolationException parallelFirstSignIn) {
                transactions.executeWithoutResult(status -> activity.findById(account.id())
                        .ifPresent(found -> found.signedIn(clock.instant())));
            }
        });
    }
}
