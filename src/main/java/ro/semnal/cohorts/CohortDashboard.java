package ro.semnal.cohorts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ro.semnal.accounts.AccountService;
import ro.semnal.audit.AuditAction;
import ro.semnal.audit.AuditLog;
import ro.semnal.accounts.UserAccount;
import ro.semnal.assessment.AssessmentService;
import ro.semnal.assessment.AttemptStatus;
import ro.semnal.assessment.AttemptSummary;
import ro.semnal.base.export.Csv;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.i18n.Translations;
import ro.semnal.catalog.QuizKind;
import ro.semnal.certificates.CertificateService;
import ro.semnal.certificates.CertificateStatus;
import ro.semnal.learning.CourseProgress;
import ro.semnal.learning.Enrolments;

/**
 * The trainer's view of a cohort: one row per learner with progress per course, best graded quiz score,
 * attendance, certificates and last activity; exported to CSV and XLSX with formula cells neutralised.
 */
@Service
public class CohortDashboard {

    private final CohortService cohorts;
    private final CohortMemberRepository members;
    private final CohortSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final AccountService accounts;
    private final Enrolments enrolments;
    private final AssessmentService assessment;
    private final CertificateService certificates;
    private final Translations translations;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    CohortDashboard(CohortService cohorts, CohortMemberRepository members, CohortSessionRepository sessions,
            AttendanceRepository attendance, AccountService accounts, Enrolments enrolments, AssessmentService assessment,
            CertificateService certificates, Translations translations, TransactionTemplate transactions, AuditLog audit) {
        this.cohorts = cohorts;
        this.audit = audit;
        this.members = members;
        this.sessions = sessions;
        this.attendance = attendance;
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.assessment = assessment;
        this.certificates = certificates;
        this.translations = translations;
        this.transactions = transactions;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public List<MemberRow> rows(long cohortId) {
        return rows(cohortId, "", false, 0, Integer.MAX_VALUE);
    }

    /** The members whose name contains the text, by name (descending if asked), one page at a time. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public List<MemberRow> rows(long cohortId, String nameContains, boolean descending, int offset, int limit) {
        Cohort cohort = transactions.execute(s -> cohorts.managed(cohortId));
        List<Long> held = transactions.execute(s -> sessions.findByCohortIdOrderByStartsAt(cohortId).stream()
                .filter(x -> !x.cancelled()).map(CohortSession::getId).toList());
        List<MemberRow> rows = new ArrayList<>();
        for (UserAccount member : matching(cohortId, nameContains, descending).stream().skip(offset).limit(limit).toList()) {
            Map<String, Integer> progress = new LinkedHashMap<>();
            Map<String, Double> best = new LinkedHashMap<>();
            List<AttemptSummary> attempts = assessment.attemptsOf(member.id());
            for (String course : cohort.courses().stream().sorted().toList()) {
                progress.put(course, enrolments.progress(member.id(), course).map(CourseProgress::percent).orElse(0));
                attempts.stream().filter(a -> a.courseSlug().equals(course) && a.kind() == QuizKind.GRADED
                                && a.status() == AttemptStatus.SUBMITTED && a.percent() != null)
                        .map(AttemptSummary::percent).max(Comparator.naturalOrder()).ifPresent(p -> best.put(course, p));
            }
            int attended = held.isEmpty() ? 0 : (int) transactions.execute(s ->
                    attendance.findByUserIdAndSessionIdIn(member.id(), held).stream()
                            .filter(a -> a.status() == AttendanceStatus.PRESENT).count()).longValue();
            int certs = (int) certificates.certificatesOf(member.id()).stream()
                    .filter(c -> cohort.courses().contains(c.courseSlug()) && c.status() == CertificateStatus.VALID).count();
            UserAccount u = member;
            rows.add(new MemberRow(u.id(), u.fullName(), u.email(), u.profession(), u.county(), u.institution(), progress,
                    best, attended, held.size(), certs, enrolments.lastActivity(u.id()).orElse(null)));
        }
        return rows;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public int count(long cohortId, String nameContains) {
        transactions.execute(s -> cohorts.managed(cohortId));
        return matching(cohortId, nameContains, false).size();
    }

    private List<UserAccount> matching(long cohortId, String nameContains, boolean descending) {
        String needle = nameContains == null ? "" : nameContains.strip().toLowerCase(java.util.Locale.ROOT);
        Comparator<UserAccount> byName = Comparator.comparing(UserAccount::fullName, String.CASE_INSENSITIVE_ORDER);
        return transactions.execute(s -> members.findByCohortId(cohortId)).stream()
                .map(m -> accounts.findById(m.userId())).flatMap(Optional::stream)
                .filter(u -> u.fullName().toLowerCase(java.util.Locale.ROOT).contains(needle))
                .sorted(descending ? byName.reversed() : byName).toList();
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public byte[] csv(long cohortId, Language language) {
        List<MemberRow> rows = rows(cohortId);
        audit.record(AuditAction.COHORT_EXPORTED, AuditLog.COHORT, cohortId, null, "dashboard CSV, " + rows.size() + " rows");
        return Csv.write(header(rows, language), rows.stream().map(r -> cells(r, language)).toList());
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public byte[] xlsx(long cohortId, Language language) {
        List<MemberRow> rows = rows(cohortId);
        audit.record(AuditAction.COHORT_EXPORTED, AuditLog.COHORT, cohortId, null, "dashboard XLSX, " + rows.size() + " rows");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(translations.get(language, "dashboard.sheet"));
            write(sheet.createRow(0), header(rows, language));
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), cells(rows.get(i), language));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            // text cells only, never formulas, and neutralised as in CSV (a user re-entering the cell must not run it)
            row.createCell(i).setCellValue(Csv.neutralise(cells.get(i)));
        }
    }

    private List<String> header(List<MemberRow> rows, Language language) {
        List<String> header = new ArrayList<>(List.of(t(language, "field.fullName"), t(language, "field.email"),
                t(language, "field.profession"), t(language, "field.county"), t(language, "field.institution")));
        rows.stream().findFirst().ifPresent(r -> r.progress().keySet().forEach(course -> {
            header.add(t(language, "dashboard.progress") + " " + course);
            header.add(t(language, "dashboard.bestScore") + " " + course);
        }));
        header.addAll(List.of(t(language, "dashboard.attendance"), t(language, "dashboard.certificates"),
                t(language, "dashboard.lastActivity")));
        return header;
    }

    private List<String> cells(MemberRow r, Language language) {
        List<String> cells = new ArrayList<>(List.of(r.name(), r.email(), t(language, r.profession().messageKey()),
                r.county().displayName(), r.institution()));
        r.progress().forEach((course, percent) -> {
            cells.add(percent + "%");
            cells.add(Optional.ofNullable(r.bestScore().get(course)).map(p -> String.format("%.0f%%", p)).orElse(""));
        });
        cells.addAll(List.of(r.attended() + "/" + r.held(), Integer.toString(r.certificates()),
                r.lastActivity() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(
                        r.lastActivity().atZone(Calendars.BUCHAREST))));
        return cells;
    }

    private String t(Language language, String key) {
        return translations.get(language, key);
    }
}
