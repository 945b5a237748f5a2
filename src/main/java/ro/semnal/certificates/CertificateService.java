package ro.semnal.certificates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.i18n.Translations;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CertificateSettings;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.certificates.pdf.CertificateDocument;
import ro.semnal.audit.AuditAction;
import ro.semnal.audit.AuditLog;
import ro.semnal.certificates.pdf.CertificatePdf;
import ro.semnal.learning.CourseCompleted;

/**
 * Certificates: issued once per learner and course on completion (a unique key makes it idempotent),
 * issued by hand or re-issued by coordinators, revoked with a reason, verified by anyone by code, and
 * rendered as PDF on demand from the snapshot they hold.
 */
@Service
public class CertificateService {

    private static final Logger log = LoggerFactory.getLogger(CertificateService.class);

    private final CertificateRepository certificates;
    private final CertificateEventRepository events;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final Translations translations;
    private final CertificateProperties properties;
    private final VerificationRateLimiter rateLimiter;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;
    private final AuditLog auditLog;
    private final CertificatePdf pdf = new CertificatePdf();

    CertificateService(CertificateRepository certificates, CertificateEventRepository events, AccountService accounts,
            CatalogService catalog, Translations translations, CertificateProperties properties,
            VerificationRateLimiter rateLimiter, TransactionTemplate transactions, Clock clock,
            @Value("${semnal.base-url:http://localhost:8080}") String baseUrl, AuditLog auditLog) {
        this.certificates = certificates;
        this.auditLog = auditLog;
        this.events = events;
        this.accounts = accounts;
        this.catalog = catalog;
        this.translations = translations;
        this.properties = properties;
        this.rateLimiter = rateLimiter;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CertificateSpecifications.BUCHAREST);
    }

    /** Issues the certificate of a completed course, within the transaction that completed it. */
    @EventListener
    public void onCourseCompleted(CourseCompleted completed) {
        catalog.course(completed.courseSlug()).filter(c -> c.certificate().isPresent()).ifPresent(course -> {
            if (certificates.lastIssueNumber(completed.userId(), course.slug()) > 0) {
                return; // a repeated event, a retry or another node: issued already
            }
            LocalDate completedOn = LocalDate.ofInstant(completed.completedAt(), CertificateSpecifications.BUCHAREST);
            Certificate certificate = certificates.save(new Certificate(VerificationCodes.next(), 1,
                    snapshot(completed.userId(), course, completedOn), clock.instant()));
            certificates.flush();
            events.save(new CertificateEvent(certificate.getId(), "ISSUED", "system", clock.instant(), null));
            auditLog.record(AuditAction.CERTIFICATE_ISSUED, AuditLog.CERTIFICATE, certificate.code(), completed.userId(),
                    "on completion of " + course.slug());
            log.info("Certificate {} issued to user {} for {}", certificate.code(), completed.userId(), course.slug());
        });
    }

    private CertificateSnapshot snapshot(long userId, CourseDefinition course, LocalDate completedOn) {
        UserAccount holder = accounts.findById(userId).orElseThrow();
        CertificateSettings settings = course.certificate()
                .orElse(new CertificateSettings(course.hours(), null, null));
        LocalDate expires = settings.validityMonths() == null ? null : completedOn.plusMonths(settings.validityMonths());
        return new CertificateSnapshot(userId, course.slug(), holder.fullName(), holder.profession(), holder.county(),
                holder.institution(), holder.language(), course.title().ro(), course.title().en(), settings.hours(),
                completedOn, expires, settings.refresherCourse(), course.version(), properties.issuerName(),
                properties.issuerRole());
    }

    /** Issues by hand (e.g. after an in-person course); refused while the person holds a valid one. */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public CertificateView issueManually(long userId, String courseSlug, LocalDate completedOn) {
        CourseDefinition course = catalog.course(courseSlug)
                .orElseThrow(() -> new InvalidInputException("course", "error.courseNotFound"));
        accounts.findById(userId).orElseThrow(() -> new InvalidInputException("user", "error.userNotFound"));
        if (completedOn == null || completedOn.isAfter(today())) {
            throw new InvalidInputException("completedOn", "certificates.error.completedOn");
        }
        Optional<Certificate> current = certificates.findFirstByUserIdAndCourseSlugOrderByIssueNumberDesc(userId, courseSlug);
        if (current.map(c -> c.statusOn(today()) == CertificateStatus.VALID).orElse(false)) {
            throw new InvalidInputException("course", "certificates.error.alreadyValid");
        }
        Certificate certificate = certificates.save(new Certificate(VerificationCodes.next(),
                current.map(Certificate::issueNumber).orElse(0) + 1, snapshot(userId, course, completedOn), clock.instant()));
        certificates.flush();
        audit(certificate, "ISSUED_MANUALLY", null);
        return certificate.toView(today());
    }

    /**
     * Issues a new certificate with the holder's current name and the same course data, and marks the old
     * one superseded (it then points to the new one).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public CertificateView reissue(String code, String reason) {
        Certificate old = find(code);
        if (old.statusOn(today()) == CertificateStatus.REVOKED || old.statusOn(today()) == CertificateStatus.SUPERSEDED) {
            throw new InvalidInputException("code", "certificates.error.notReissuable");
        }
        CertificateView was = old.toView(today());
        UserAccount holder = accounts.findById(old.userId()).orElseThrow();
        CertificateSnapshot snapshot = new CertificateSnapshot(was.userId(), was.courseSlug(), holder.fullName(),
                holder.profession(), holder.county(), holder.institution(), holder.language(), was.courseTitleRo(),
                was.courseTitleEn(), was.hours(), was.completedOn(), was.expiresOn(), was.refresherCourse(),
                was.contentVersion(), properties.issuerName(), properties.issuerRole());
        Certificate fresh = certificates.save(new Certificate(VerificationCodes.next(), old.issueNumber() + 1, snapshot,
                clock.instant()));
        old.supersede(fresh.code());
        certificates.flush();
        audit(old, "SUPERSEDED", reason);
        audit(fresh, "REISSUED", reason);
        return fresh.toView(today());
    }

    /** Revokes a certificate; the reason is mandatory and shown on the verification page. */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public CertificateView revoke(String code, String reason) {
        if (reason == null || reason.strip().length() < 5) {
            throw new InvalidInputException("reason", "certificates.error.reasonRequired");
        }
        Certificate certificate = find(code);
        if (certificate.statusOn(today()) == CertificateStatus.REVOKED) {
            throw new InvalidInputException("code", "certificates.error.alreadyRevoked");
        }
        certificate.revoke(reason.strip(), clock.instant());
        audit(certificate, "REVOKED", reason.strip());
        return certificate.toView(today());
    }

    private void audit(Certificate certificate, String kind, String reason) {
        String actor = accounts.current().map(UserAccount::email).orElse("system");
        events.save(new CertificateEvent(certificate.getId(), kind, actor, clock.instant(), reason));
        AuditAction action = switch (kind) {
            case "ISSUED_MANUALLY" -> AuditAction.CERTIFICATE_ISSUED;
            case "REISSUED" -> AuditAction.CERTIFICATE_REISSUED;
            case "REVOKED" -> AuditAction.CERTIFICATE_REVOKED;
            default -> null;
        };
        if (action != null) {
            auditLog.record(action, AuditLog.CERTIFICATE, certificate.code(), certificate.userId(),
                    certificate.courseSlug() + (reason == null ? "" : ": " + reason));
        }
        log.info("Certificate {} {} by {}{}", certificate.code(), kind, actor, reason == null ? "" : ": " + reason);
    }

    /** The audit trail of one certificate: "kind · who · why". */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<String> history(String code) {
        return events.findByCertificateIdOrderByHappenedAt(find(code).getId()).stream()
                .map(e -> e.kind() + " · " + e.actor() + (e.reason() == null ? "" : " · " + e.reason())).toList();
    }

    /**
     * Public verification, limited per client so codes cannot be enumerated. An unknown or malformed code
     * is reported as not found.
     */
    @Transactional(readOnly = true)
    public Verification verify(String typedCode, String client) {
        if (!rateLimiter.tryAcquire(client)) {
            throw new InvalidInputException("code", "certificates.error.rateLimited");
        }
        return VerificationCodes.normalise(typedCode).flatMap(certificates::findByCode).map(c -> {
            CertificateView v = c.toView(today());
            return new Verification(true, v.code(), v.status(), v.holderName(), v.courseTitleRo(), v.courseTitleEn(),
                    v.hours(), v.completedOn(), v.expiresOn(), v.issuedAt(), v.revokedAt(), v.revokeReason(),
                    v.supersededBy());
        }).orElseGet(() -> Verification.notFound(typedCode));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CertificateView> myCertificates() {
        UserAccount user = accounts.current().orElseThrow();
        return certificates.findByUserIdOrderByIssuedAtDesc(user.id()).stream().map(c -> c.toView(today())).toList();
    }

    /** A learner's certificates, for staff features (cohort dashboards) that have checked access. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public List<CertificateView> certificatesOf(long userId) {
        return certificates.findByUserIdOrderByIssuedAtDesc(userId).stream().map(c -> c.toView(today())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<CertificateView> search(CertificateFilter filter, Pageable page) {
        Pageable sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                page.getSort().isSorted() ? page.getSort() : Sort.by(Sort.Direction.DESC, "issuedAt"));
        return certificates.findAll(CertificateSpecifications.of(filter, today()), sorted).stream()
                .map(c -> c.toView(today())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public long count(CertificateFilter filter) {
        return certificates.count(CertificateSpecifications.of(filter, today()));
    }

    /** The PDF of a certificate, for its holder and for coordinators; anyone else is refused. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(String code) {
        Certificate certificate = find(code);
        UserAccount viewer = accounts.current().orElseThrow();
        if (certificate.userId() != viewer.id() && !viewer.hasRole(Role.COORDINATOR) && !viewer.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Not your certificate");
        }
        return render(certificate.toView(today()));
    }

    /** Renders a certificate; also used by the benchmark. */
    byte[] render(CertificateView certificate) {
        return pdf.render(document(certificate));
    }

    CertificateDocument document(CertificateView c) {
        Language primary = c.language();
        Language secondary = primary == Language.RO ? Language.EN : Language.RO;
        return new CertificateDocument(c.code(), c.holderName(), verifyUrl(c.code()), c.issuerName(), c.issuerRole(),
                signature(), primary == Language.RO ? "ro-RO" : "en", texts(c, primary), texts(c, secondary));
    }

    private CertificateDocument.Texts texts(CertificateView c, Language language) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        return new CertificateDocument.Texts(t(language, "certificate.pdf.programme"), t(language, "certificate.pdf.heading"),
                t(language, "certificate.pdf.certifies"), t(language, "certificate.pdf.completed"), c.courseTitle(language),
                t(language, "certificate.pdf.hours", c.hours().stripTrailingZeros().toPlainString()),
                t(language, "certificate.pdf.completedOn", dates.format(c.completedOn())),
                c.expiresOn() == null ? null : t(language, "certificate.pdf.validUntil", dates.format(c.expiresOn())),
                t(language, "certificate.pdf.code"), t(language, "certificate.pdf.verifyAt"),
                t(language, "certificate.pdf.title"));
    }

    private String t(Language language, String key, Object... params) {
        return translations.get(language, key, params);
    }

    public String verifyUrl(String code) {
        return baseUrl + "/verify/" + code;
    }

    private byte[] signature() {
        if (properties.signatureImage() == null) {
            return null;
        }
        try {
            return Files.readAllBytes(properties.signatureImage());
        } catch (IOException e) {
            log.warn("Signature image {} cannot be read; certificates are drawn without it", properties.signatureImage());
            return null;
        }
    }

    /** The certificates of a filter as CSV (formulas neutralised), for coordinators. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public byte[] csv(CertificateFilter filter, Language language) {
        auditLog.record(AuditAction.CERTIFICATES_EXPORTED, AuditLog.CERTIFICATE, null, null, "CSV, " + filter);
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        List<List<String>> rows = new java.util.ArrayList<>();
        long total = count(filter);
        for (int page = 0; (long) page * 500 < total; page++) {
            for (CertificateView c : search(filter, PageRequest.of(page, 500))) {
                rows.add(List.of(c.code(), c.holderName(), t(language, c.profession().messageKey()),
                        c.county().displayName(), c.institution(), c.courseTitle(language),
                        c.hours().stripTrailingZeros().toPlainString(), iso.format(c.completedOn()),
                        c.expiresOn() == null ? "" : iso.format(c.expiresOn()),
                        t(language, "certificateStatus." + c.status().name())));
            }
        }
        return ro.semnal.base.export.Csv.write(List.of(t(language, "certificates.code"), t(language, "field.fullName"),
                t(language, "field.profession"), t(language, "field.county"), t(language, "field.institution"),
                t(language, "certificates.course"), t(language, "certificates.hours"), t(language, "certificates.completedOn"),
                t(language, "certificates.expiresOn"), t(language, "field.status")), rows);
    }

    /** The certificates of a filter as one ZIP of PDFs, reporting how many were written so far. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public void zip(CertificateFilter filter, OutputStream out, IntConsumer progress) {
        auditLog.record(AuditAction.CERTIFICATES_EXPORTED, AuditLog.CERTIFICATE, null, null, "PDF ZIP, " + filter);
        long total = count(filter);
        int pageSize = 100;
        int written = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int page = 0; (long) page * pageSize < total; page++) {
                int number = page;
                List<CertificateView> batch = transactions.execute(s -> search(filter, PageRequest.of(number, pageSize)));
                for (CertificateView certificate : batch) {
                    zip.putNextEntry(new ZipEntry(certificate.code() + ".pdf"));
                    zip.write(render(certificate));
                    zip.closeEntry();
                    progress.accept(++written);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks valid certificates past their expiry date as expired; returns how many. */
    public int markExpired() {
        LocalDate today = today();
        return transactions.execute(status -> {
            int marked = 0;
            for (Certificate certificate : certificates.findValidExpiredBefore(today, PageRequest.of(0, 1000))) {
                marked += certificate.markExpired(today) ? 1 : 0;
            }
            return marked;
        });
    }

    /** Valid certificates that expire in exactly the reminder window or less, not yet expired. */
    public List<CertificateView> expiringSoon() {
        LocalDate today = today();
        return transactions.execute(status -> certificates.findValidExpiringBetween(today,
                today.plusDays(properties.reminderDays())).stream().map(c -> c.toView(today)).toList());
    }

    private Certificate find(String code) {
        return VerificationCodes.normalise(code).flatMap(certificates::findByCode)
                .orElseThrow(() -> new InvalidInputException("code", "certificates.error.notFound"));
    }
}
