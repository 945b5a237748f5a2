package ro.semnal.accounts;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in by e-mail, in any letter case. A deactivated or unverified account is refused, but only
 * after its password was checked ({@link #statusChecks()}), so the refusal tells a guesser nothing. Hashes
 * made at a lower bcrypt cost than configured are replaced at the next successful sign-in.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User user = users.findByEmail(User.normaliseEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignInDetails(user.getEmail(), user.getPasswordHash(), user.isActive(), user.isEmailVerified(),
                user.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails details, String newHash) {
        users.findByEmail(User.normaliseEmail(details.getUsername()))
                .ifPresent(user -> user.changePasswordHash(newHash));
        return org.springframework.security.core.userdetails.User.withUserDetails(details).password(newHash).build();
    }

    /** Run after the password matched. */
    static UserDetailsChecker statusChecks() {
        return details -> {
            if (!details.isEnabled()) {
                throw new DisabledException("The account has been deactivated");
            }
            if (details instanceof SignInDetails signIn && !signIn.emailVerified()) {
                throw new EmailNotVerifiedException();
            }
        };
    }

    static final class SignInDetails extends org.springframework.security.core.userdetails.User {

        private final boolean emailVerified;

        SignInDetails(String email, String hash, boolean active, boolean emailVerified,
                java.util.Collection<SimpleGrantedAuthority> authorities) {
            super(email, hash, active, true, true, true, authorities);
            this.emailVerified = emailVerified;
        }

        boolean emailVerified() {
            return emailVerified;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
