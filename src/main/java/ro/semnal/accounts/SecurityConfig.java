package ro.semnal.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import ro.semnal.accounts.ui.LoginView;

/**
 * Routes are guarded by Vaadin's access annotations (@AnonymousAllowed, @PermitAll, @RolesAllowed),
 * services by method security (@PreAuthorize; JSR-250 is left to Vaadin, so views are never proxied). Besides Vaadin's own resources, only the health probe and the
 * stylesheet are public.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**", "/error",
                        "/calendar/*")
                .permitAll()
                .requestMatchers("/course-assets/**").authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }

    /** BCrypt through a delegating encoder, so the hashing scheme can be upgraded without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
