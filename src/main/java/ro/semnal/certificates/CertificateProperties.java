package ro.semnal.certificates;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The issuer block of certificates (name, role, an optional signature image file), how many days
 * before expiry the holder is reminded, and how many verification look-ups a client may make per minute.
 */
@ConfigurationProperties("semnal.certificates")
public record CertificateProperties(String issuerName, String issuerRole, Path signatureImage, int reminderDays,
        int verificationsPerMinute) {

    public CertificateProperties {
        issuerName = issuerName == null || issuerName.isBlank() ? "Programul Semnal" : issuerName;
        issuerRole = issuerRole == null || issuerRole.isBlank() ? "Coordonator de program" : issuerRole;
        reminderDays = reminderDays <= 0 ? 30 : reminderDays;
        verificationsPerMinute = verificationsPerMinute <= 0 ? 20 : verificationsPerMinute;
    }
}
