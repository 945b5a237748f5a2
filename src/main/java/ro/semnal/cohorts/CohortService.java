package ro.semnal.cohorts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.InvitedAccount;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Registration;
import ro.semnal.accounts.RegistrationValidator;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.Tokens;
import ro.semnal.accounts.UserAccount;
import ro.semnal.audit.AuditAction;
import ro.semnal.audit.AuditLog;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.i18n.Translations;
import ro.semnal.base.validation.FieldError;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CatalogService;
import ro.semnal.learning.Enrolments;
import ro.semnal.notifications.NotificationRequest;
import ro.semnal.notifications.NotificationService;

/**
 * Cohorts: created and run by trainers (a trainer sees only the cohorts they run, a coordinator all),
 * members picked, imported from CSV (previewed, then all or nothing) or joining by invite, and enrolled
 * in the cohort's courses.
 */
@Service
public class CohortService {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final Enrolments enrolments;
    private final NotificationService notifications;
    private final Translations translations;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;
    private final AuditLog audit;

    CohortService(CohortRepository cohorts, CohortMemberRepository members, AccountService accounts,
            CatalogService catalog, Enrolments enrolments, NotificationService notifications, Translations translations,
            TransactionTemplate transactions, Clock clock, @Value("${semnal.base-url:http://localhost:8080}") String baseUrl,
            AuditLog audit) {
        this.cohorts = cohorts;
        this.audit = audit;
        this.members = members;
        this.accounts = accounts;
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.notifications = notifications;
        this.translations = translations;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public List<CohortSummary> list() {
        UserAccount viewer = viewer();
        return read(() -> (staff(viewer) ? cohorts.findAllByOrderByStartDateDesc() : cohorts.findRunBy(viewer.id()))
                .stream().map(c -> c.toSummary(members.countByCohortId(c.getId()))).toList());
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public CohortSummary get(long cohortId) {
        return read(() -> {
            Cohort cohort = managed(cohortId);
            return cohort.toSummary(members.countByCohortId(cohortId));
        });
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public CohortSummary create(CohortForm form) {
        UserAccount viewer = viewer();
        validate(form, viewer);
        return transactions.execute(s -> cohorts.saveAndFlush(new Cohort(form, clock.instant())).toSummary(0));
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public CohortSummary update(long cohortId, CohortForm form) {
        UserAccount viewer = viewer();
        validate(form, viewer);
        return transactions.execute(s -> {
            Cohort cohort = managed(cohortId);
            if (form.capacity() < members.countByCohortId(cohortId)) {
                throw new InvalidInputException("capacity", "cohorts.error.capacityBelowMembers");
            }
            cohort.update(form);
            return cohort.toSummary(members.countByCohortId(cohortId));
        });
    }

    private void validate(CohortForm form, UserAccount viewer) {
        List<FieldError> errors = new ArrayList<>();
        if (form.name() == null || form.name().strip().length() < 3 || form.name().strip().length() > 200) {
            errors.add(new FieldError("name", "cohorts.error.name"));
        }
        if (form.courses() == null || form.courses().isEmpty()
                || form.courses().stream().anyMatch(c -> catalog.course(c).isEmpty())) {
            errors.add(new FieldError("courses", "cohorts.error.courses"));
        }
        if (form.startDate() == null || form.endDate() == null || form.endDate().isBefore(form.startDate())) {
            errors.add(new FieldError("endDate", "cohorts.error.dates"));
        }
        if (form.capacity() < 1 || form.capacity() > 10_000) {
            errors.add(new FieldError("capacity", "cohorts.error.capacity"));
        }
        if (form.attendanceRequired() < 0 || form.attendanceRequired() > 100) {
            errors.add(new FieldError("attendanceRequired", "cohorts.error.attendance"));
        }
        if (form.trainerIds() == null || form.trainerIds().isEmpty() || form.trainerIds().stream()
                .anyMatch(id -> accounts.findById(id).filter(u -> u.hasRole(Role.TRAINER)).isEmpty())) {
            errors.add(new FieldError("trainers", "cohorts.error.trainers"));
        } else if (!staff(viewer) && !form.trainerIds().contains(viewer.id())) {
            errors.add(new FieldError("trainers", "cohorts.error.includeYourself"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The cohort's members as the trainer's roster. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public List<UserAccount> members(long cohortId) {
        return read(() -> {
            managed(cohortId);
            return members.findByCohortId(cohortId).stream().map(m -> accounts.findById(m.userId()))
                    .flatMap(java.util.Optional::stream).toList();
        });
    }

    /** Adds existing accounts, within the capacity, and enrols them in the cohort's courses. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public void addMembers(long cohortId, Set<Long> userIds) {
        transactions.executeWithoutResult(s -> {
            Cohort cohort = managed(cohortId);
            long fresh = userIds.stream().filter(id -> !members.existsByCohortIdAndUserId(cohortId, id)).count();
            if (members.countByCohortId(cohortId) + fresh > cohort.capacity()) {
                throw new InvalidInputException("members", "cohorts.error.full");
            }
            for (long userId : userIds) {
                accounts.findById(userId).orElseThrow(() -> new InvalidInputException("members", "error.userNotFound"));
                join(cohort, userId, "PICKED");
            }
        });
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public void removeMember(long cohortId, long userId) {
        transactions.executeWithoutResult(s -> {
            managed(cohortId);
            members.findByCohortId(cohortId).stream().filter(m -> m.userId() == userId).forEach(member -> {
                members.delete(member);
                audit.record(AuditAction.COHORT_MEMBER_REMOVED, AuditLog.COHORT, cohortId, userId,
                        "removed user id " + userId);
            });
        });
    }

    private void join(Cohort cohort, long userId, String source) {
        if (!members.existsByCohortIdAndUserId(cohort.getId(), userId)) {
            members.saveAndFlush(new CohortMember(cohort.getId(), userId, clock.instant(), source));
            audit.record(AuditAction.COHORT_MEMBERS_ADDED, AuditLog.COHORT, cohort.getId(), userId,
                    "user id " + userId + ", " + source);
        }
        cohort.courses().forEach(course -> enrolments.enrol(userId, course));
    }

    /** What importing this CSV would do, row by row; nothing is written. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public ImportPreview previewImport(long cohortId, byte[] csv) {
        return read(() -> preview(managed(cohortId), csv));
    }

    private ImportPreview preview(Cohort cohort, byte[] csv) {
        List<String> missing = CsvRoster.missingColumns(csv);
        if (!missing.isEmpty()) {
            return new ImportPreview(List.of(), "cohorts.import.missingColumns");
        }
        Map<String, Profession> labels = professionLabels();
        Set<String> seen = new HashSet<>();
        List<ImportPreview.RowPlan> plans = new ArrayList<>();
        for (CsvRoster.Row row : CsvRoster.read(csv)) {
            List<String> problems = new ArrayList<>();
            String email = row.email().toLowerCase(java.util.Locale.ROOT);
            if (!email.isEmpty() && !seen.add(email)) {
                problems.add("cohorts.import.duplicate");
            }
            var existing = accounts.findByEmail(email);
            if (existing.isPresent()) {
                boolean already = members.existsByCohortIdAndUserId(cohort.getId(), existing.get().id());
                plans.add(new ImportPreview.RowPlan(row.line(), existing.get().fullName(), email, problems.isEmpty()
                        ? already ? ImportPreview.Action.ALREADY_MEMBER : ImportPreview.Action.ENROL
                        : ImportPreview.Action.ERROR, problems));
                continue;
            }
            var profession = CsvRoster.profession(row.profession(), labels);
            var county = CsvRoster.county(row.county());
            String password = "import-check-password";
            RegistrationValidator.validate(new Registration(row.name(), row.email(), password, password,
                    profession.orElse(null), row.institution(), county.orElse(null), Language.RO))
                    .forEach(error -> problems.add(error.messageKey()));
            plans.add(new ImportPreview.RowPlan(row.line(), row.name(), email,
                    problems.isEmpty() ? ImportPreview.Action.INVITE : ImportPreview.Action.ERROR, List.copyOf(problems)));
        }
        long joining = plans.stream().filter(p -> p.action() == ImportPreview.Action.INVITE
                || p.action() == ImportPreview.Action.ENROL).count();
        String problem = plans.isEmpty() ? "cohorts.import.empty"
                : members.countByCohortId(cohort.getId()) + joining > cohort.capacity() ? "cohorts.error.full" : null;
        return new ImportPreview(plans, problem);
    }

    private Map<String, Profession> professionLabels() {
        Map<String, Profession> labels = new HashMap<>();
        for (Profession p : Profession.values()) {
            for (Language l : Language.values()) {
                labels.put(CsvRoster.plain(translations.get(l, p.messageKey())), p);
            }
        }
        return labels;
    }

    /**
     * Imports the CSV: all rows or none. New accounts are invited by e-mail to set their password once the
     * import is committed.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public ImportPreview confirmImport(long cohortId, byte[] csv) {
        Map<String, Profession> labels = professionLabels();
        List<InvitedAccount> invited = new ArrayList<>();
        ImportPreview preview = transactions.execute(s -> {
            Cohort cohort = managed(cohortId);
            ImportPreview plan = preview(cohort, csv);
            if (!plan.importable()) {
                throw new InvalidInputException("file", plan.problemKey() != null ? plan.problemKey()
                        : "cohorts.import.hasErrors");
            }
            Map<Integer, CsvRoster.Row> rows = new TreeMap<>();
            CsvRoster.read(csv).forEach(r -> rows.put(r.line(), r));
            for (ImportPreview.RowPlan row : plan.rows()) {
                CsvRoster.Row source = rows.get(row.line());
                long userId = switch (row.action()) {
                    case INVITE -> {
                        InvitedAccount account = accounts.invite(source.name(), source.email(),
                                CsvRoster.profession(source.profession(), labels).orElseThrow(), source.institution(),
                                CsvRoster.county(source.county()).orElseThrow(), Language.RO);
                        invited.add(account);
                        yield account.account().id();
                    }
                    case ENROL, ALREADY_MEMBER -> accounts.findByEmail(row.email()).orElseThrow().id();
                    case ERROR -> throw new IllegalStateException("unreachable");
                };
                join(cohort, userId, "IMPORTED");
            }
            audit.record(AuditAction.COHORT_CSV_IMPORTED, AuditLog.COHORT, cohortId, null, plan.rows().size()
                    + " rows, " + invited.size() + " accounts invited");
            return plan;
        });
        String cohortName = get(cohortId).name();
        for (InvitedAccount account : invited) {
            Language language = account.account().language();
            notifications.send(new NotificationRequest(account.account().id(), account.account().email(), "invitation",
                    "cohort-" + cohortId, "account",
                    translations.get(language, "mail.invitation.subject", cohortName),
                    translations.get(language, "mail.invitation.body", account.account().fullName(), cohortName,
                            baseUrl + "/set-password/" + account.passwordToken())));
        }
        return preview;
    }

    /** Opens (or replaces) the self-enrolment invite: a code valid until a moment, for a number of seats. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public CohortSummary openInvite(long cohortId, Duration validFor, int seats) {
        if (validFor == null || validFor.isNegative() || validFor.isZero() || seats < 1) {
            throw new InvalidInputException("invite", "cohorts.error.invite");
        }
        return transactions.execute(s -> {
            Cohort cohort = managed(cohortId);
            cohort.openInvite(Tokens.random(9).replace('-', 'x').replace('_', 'y'), clock.instant().plus(validFor), seats);
            return cohort.toSummary(members.countByCohortId(cohortId));
        });
    }

    /** The signed-in learner joins a cohort by its invite code, while it is valid and has seats. */
    @PreAuthorize("isAuthenticated()")
    public CohortSummary joinByInvite(String code) {
        UserAccount learner = viewer();
        return transactions.execute(s -> {
            Cohort cohort = cohorts.findByInviteCode(code == null ? "" : code.strip())
                    .orElseThrow(() -> new InvalidInputException("code", "cohorts.error.inviteInvalid"));
            if (!members.existsByCohortIdAndUserId(cohort.getId(), learner.id())
                    && !cohort.inviteUsableAt(clock.instant(), members.countByCohortId(cohort.getId()))) {
                throw new InvalidInputException("code", "cohorts.error.inviteInvalid");
            }
            join(cohort, learner.id(), "INVITE");
            return cohort.toSummary(members.countByCohortId(cohort.getId()));
        });
    }

    /** The cohorts a learner belongs to. */
    @PreAuthorize("isAuthenticated()")
    public List<CohortSummary> myCohorts() {
        UserAccount learner = viewer();
        return read(() -> members.findByUserId(learner.id()).stream().map(m -> cohorts.findById(m.cohortId()))
                .flatMap(java.util.Optional::stream).map(c -> c.toSummary(members.countByCohortId(c.getId()))).toList());
    }

    Cohort managed(long cohortId) {
        Cohort cohort = cohorts.findById(cohortId)
                .orElseThrow(() -> new InvalidInputException("cohort", "cohorts.error.notFound"));
        UserAccount viewer = viewer();
        if (!staff(viewer) && !cohort.trainers().contains(viewer.id())) {
            throw new AccessDeniedException("Not a cohort you run");
        }
        return cohort;
    }

    static boolean staff(UserAccount user) {
        return user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN);
    }

    private UserAccount viewer() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private <T> T read(java.util.function.Supplier<T> work) {
        return ro.semnal.base.ReadOnlyTransactions.read(transactions, work);
    }
}
