package ro.semnal.catalog;

import java.math.BigDecimal;

/**
 * What a certificate of the course states and how long it is valid; {@code validityMonths} null means no
 * expiry. {@code refresherCourse} is the slug of the course that renews it, or null.
 */
public record CertificateSettings(BigDecimal hours, Integer validityMonths, String refresherCourse) {
}
