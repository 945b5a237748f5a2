package ro.semnal.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;

/**
 * /actuator/prometheus answers only the scrape account of {@link MetricsProperties}, with HTTP Basic and
 * no session, before the application's own security (Vaadin's login) sees the request. The account is
 * not a user of Semnal: it can read metrics and nothing else.
 */
@Configuration
class MetricsSecurity {

    static final String PATH = "/actuator/prometheus";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, MetricsProperties metrics) throws Exception {
        http.securityMatcher(PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("METRICS"))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authenticationManager(new ProviderManager(List.of(new ScrapeAccount(metrics))));
        return http.build();
    }

    /** Compares digests in constant time, so the password cannot be guessed from response times. */
    private record ScrapeAccount(MetricsProperties metrics) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            String password = String.valueOf(authentication.getCredentials());
            if (!metrics.scrapingAllowed() || !same(metrics.user(), authentication.getName())
                    | !same(metrics.password(), password)) {
                throw new BadCredentialsException("Not the scrape account");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                    AuthorityUtils.createAuthorityList("ROLE_METRICS"));
        }

        private static boolean same(String expected, String given) {
            return MessageDigest.isEqual(digest(expected), digest(given));
        }

        private static byte[] digest(String value) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean supports(Class<?> type) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
        }
    }
}
