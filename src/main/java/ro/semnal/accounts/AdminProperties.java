package ro.semnal.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator, created on a database that has none. */
@ConfigurationProperties("semnal.admin")
record AdminProperties(String email, String name, String password) {
}
