package ro.semnal.accounts;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in behind the {@link LoginThrottle}: only a wrong password (or unknown e-mail) is a failure. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginThrottle.Permit permit = throttle.begin(attempt.getName(), address);
        try {
            Authentication result = passwords.authenticate(attempt);
            permit.passwordAccepted();
            return result;
        } catch (BadCredentialsException wrongPassword) {
            permit.failed();
            throw wrongPassword;
        } catch (AccountStatusException rightPasswordButRefused) {
            permit.passwordAccepted();
            throw rightPasswordButRefused;
        } finally {
            permit.release();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
