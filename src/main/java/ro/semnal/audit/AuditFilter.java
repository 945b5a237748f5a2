package ro.semnal.audit;

import java.time.LocalDate;

/**
 * What the audit view filters by; every part is optional. The actor matches a part of the e-mail snapshot,
 * the period includes both days (Europe/Bucharest).
 */
public record AuditFilter(String actor, AuditAction action, String objectType, String objectId, LocalDate from,
        LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
