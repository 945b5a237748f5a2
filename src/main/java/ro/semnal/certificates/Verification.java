package ro.semnal.certificates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone may learn from a code: name, course, hours, dates and status; nothing more (no e-mail, no
 * institution, no scores). {@code found} false: no certificate has this code.
 */
public record Verification(boolean found, String code, CertificateStatus status, String holderName,
        String courseTitleRo, String courseTitleEn, BigDecimal hours, LocalDate completedOn, LocalDate expiresOn,
        Instant issuedAt, Instant revokedAt, String revokeReason, String supersededBy) {

    static Verification notFound(String code) {
        return new Verification(false, code, null, null, null, null, null, null, null, null, null, null, null);
    }
}
