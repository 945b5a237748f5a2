package ro.semnal.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import ro.semnal.accounts.ui.LoginView;

/**
 * Routes are guarded by Vaadin's access annotations (@AnonymousAllowed, @PermitAll, @RolesAllowed),
 * services by method security (@PreAuthorize; JSR-250 is left to Vaadin, so views are never proxied). Besides Vaadin's own resources, only the health probe and the
 * stylesheet are public. Sign-in is throttled ({@link LoginThrottle}); the session id changes on sign-in
 * (Spring Security's default) and every session is registered in {@link UserSessions}, so it can be ended.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserSessions sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**", "/error",
                        "/calendar/*")
                .permitAll()
                .requestMatchers("/course-assets/**").authenticated());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessions));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }

    /**
     * BCrypt at the configured cost, through a delegating encoder so the scheme can change without a reset; at
     * most cores - 1 hashes run at once (see {@link BoundedPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder(AccountProperties properties) {
        return new BoundedPasswordEncoder(new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptCost()))),
                BoundedPasswordEncoder.defaultConcurrency());
    }

    @Bean
    AuthenticationProvider authenticationProvider(DatabaseUserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(users);
        passwords.setPreAuthenticationChecks(details -> {
        });
        passwords.setPostAuthenticationChecks(DatabaseUserDetailsService.statusChecks());
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }
}
