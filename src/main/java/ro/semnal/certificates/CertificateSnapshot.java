package ro.semnal.certificates;

import java.math.BigDecimal;
import java.time.LocalDate;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.base.i18n.Language;

/** What a certificate states, taken from the profile and the course at the moment of issue. */
record CertificateSnapshot(long userId, String courseSlug, String holderName, Profession profession, County county,
        String institution, Language language, String courseTitleRo, String courseTitleEn, BigDecimal hours,
        LocalDate completedOn, LocalDate expiresOn, String refresherCourse, String contentVersion, String issuerName,
        String issuerRole) {
}
