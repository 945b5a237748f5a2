package ro.semnal.certificates;

import java.time.LocalDate;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;

/** Which certificates a coordinator lists or exports; every field may be null (no filter). */
public record CertificateFilter(String courseSlug, Profession profession, County county, CertificateStatus status,
        LocalDate issuedFrom, LocalDate issuedTo) {

    public static CertificateFilter none() {
        return new CertificateFilter(null, null, null, null, null, null);
    }
}
