package ro.semnal.certificates;

/** What a verification shows. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED, SUPERSEDED
}
