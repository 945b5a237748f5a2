package ro.semnal.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The account Prometheus uses to scrape /actuator/prometheus; without a password nobody can. */
@ConfigurationProperties("semnal.metrics")
record MetricsProperties(String user, String password) {

    boolean scrapingAllowed() {
        return user != null && !user.isBlank() && password != null && !password.isBlank();
    }
}
