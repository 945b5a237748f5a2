package ro.semnal.certificates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.base.i18n.Language;

/** A certificate as its holder and coordinators see it, with its status as of today. */
public record CertificateView(long id, String code, long userId, String courseSlug, int issueNumber,
        CertificateStatus status, String holderName, Profession profession, County county, String institution,
        Language language, String courseTitleRo, String courseTitleEn, BigDecimal hours, LocalDate completedOn,
        LocalDate expiresOn, String refresherCourse, String contentVersion, String issuerName, String issuerRole,
        Instant issuedAt, Instant revokedAt, String revokeReason, String supersededBy) {

    public String courseTitle(Language shown) {
        return shown == Language.EN ? courseTitleEn : courseTitleRo;
    }
}
