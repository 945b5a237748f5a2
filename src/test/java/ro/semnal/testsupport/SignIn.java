package ro.semnal.testsupport;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import ro.semnal.accounts.UserAccount;

/**
 * Signs a user in on the test thread through this context's own security context strategy: each Spring
 * context of the test run has its own, and the static SecurityContextHolder points at the newest one.
 */
@Component
public class SignIn {

    private final SecurityContextHolderStrategy strategy;

    public SignIn(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    public Authentication as(UserAccount user) {
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user.email(), null,
                user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        strategy.getContext().setAuthentication(auth);
        return auth;
    }

    public Authentication current() {
        return strategy.getContext().getAuthentication();
    }

    public void out() {
        strategy.clearContext();
    }
}
