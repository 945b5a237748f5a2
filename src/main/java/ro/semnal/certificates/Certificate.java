package ro.semnal.certificates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.base.AbstractEntity;
import ro.semnal.base.i18n.Language;

/**
 * A certificate: a snapshot, taken at issue, of who completed what and when. It changes only by being
 * revoked (with a reason), superseded by a re-issue, or marked expired; its content never changes.
 */
@Entity
@Table(name = "certificate")
class Certificate extends AbstractEntity {

    @Column(nullable = false, length = 24, unique = true)
    private String code;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Column(name = "issue_number", nullable = false)
    private int issueNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CertificateStatus status = CertificateStatus.VALID;

    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Profession profession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private County county;

    @Column(nullable = false, length = 200)
    private String institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "course_title_ro", nullable = false, length = 300)
    private String courseTitleRo;

    @Column(name = "course_title_en", nullable = false, length = 300)
    private String courseTitleEn;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal hours;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "refresher_course", length = 100)
    private String refresherCourse;

    @Column(name = "content_version", nullable = false, length = 64)
    private String contentVersion;

    @Column(name = "issuer_name", nullable = false, length = 200)
    private String issuerName;

    @Column(name = "issuer_role", nullable = false, length = 200)
    private String issuerRole;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    @Column(name = "superseded_by", length = 24)
    private String supersededBy;

    protected Certificate() {
    }

    Certificate(String code, int issueNumber, CertificateSnapshot snapshot, Instant issuedAt) {
        this.code = code;
        this.issueNumber = issueNumber;
        this.userId = snapshot.userId();
        this.courseSlug = snapshot.courseSlug();
        this.holderName = snapshot.holderName();
        this.profession = snapshot.profession();
        this.county = snapshot.county();
        this.institution = snapshot.institution();
        this.language = snapshot.language();
        this.courseTitleRo = snapshot.courseTitleRo();
        this.courseTitleEn = snapshot.courseTitleEn();
        this.hours = snapshot.hours();
        this.completedOn = snapshot.completedOn();
        this.expiresOn = snapshot.expiresOn();
        this.refresherCourse = snapshot.refresherCourse();
        this.contentVersion = snapshot.contentVersion();
        this.issuerName = snapshot.issuerName();
        this.issuerRole = snapshot.issuerRole();
        this.issuedAt = issuedAt;
    }

    /** The status as of a day: a valid certificate past its expiry date is expired even before the job marks it. */
    CertificateStatus statusOn(LocalDate today) {
        if (status == CertificateStatus.VALID && expiresOn != null && today.isAfter(expiresOn)) {
            return CertificateStatus.EXPIRED;
        }
        return status;
    }

    void revoke(String reason, Instant now) {
        if (status == CertificateStatus.REVOKED) {
            throw new IllegalStateException("Already revoked");
        }
        status = CertificateStatus.REVOKED;
        revokedAt = now;
        revokeReason = reason;
    }

    void supersede(String newCode) {
        status = CertificateStatus.SUPERSEDED;
        supersededBy = newCode;
    }

    boolean markExpired(LocalDate today) {
        if (statusOn(today) == CertificateStatus.EXPIRED && status == CertificateStatus.VALID) {
            status = CertificateStatus.EXPIRED;
            return true;
        }
        return false;
    }

    CertificateView toView(LocalDate today) {
        return new CertificateView(getId(), code, userId, courseSlug, issueNumber, statusOn(today), holderName, profession,
                county, institution, language, courseTitleRo, courseTitleEn, hours, completedOn, expiresOn,
                refresherCourse, contentVersion, issuerName, issuerRole, issuedAt, revokedAt, revokeReason, supersededBy);
    }

    String code() {
        return code;
    }

    long userId() {
        return userId;
    }

    String courseSlug() {
        return courseSlug;
    }

    int issueNumber() {
        return issueNumber;
    }
}
