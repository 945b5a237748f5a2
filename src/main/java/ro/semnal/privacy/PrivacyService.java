package ro.semnal.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.audit.AuditAction;
import ro.semnal.audit.AuditLog;
import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;
import ro.semnal.base.validation.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * "My data" and erasure. Each feature's {@link PersonalDataHolder} exports and erases its own tables; this
 * service puts the export into a ZIP of JSON files and runs an erasure in one transaction, recording both
 * in the audit trail.
 */
@Service
public class PrivacyService {

    private static final Logger log = LoggerFactory.getLogger(PrivacyService.class);

    private final List<PersonalDataHolder> holders;
    private final AccountService accounts;
    private final AuditLog audit;
    private final JsonMapper json;
    private final PrivacyProperties properties;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    PrivacyService(List<PersonalDataHolder> holders, AccountService accounts, AuditLog audit, JsonMapper json,
            PrivacyProperties properties, TransactionTemplate transactions, Clock clock) {
        this.holders = holders;
        this.accounts = accounts;
        this.audit = audit;
        this.json = json;
        this.properties = properties;
        this.transactions = transactions;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Everything Semnal holds about the signed-in person, as a ZIP of JSON files. */
    @PreAuthorize("isAuthenticated()")
    public byte[] exportMine() {
        return export(me().id());
    }

    /** The same for any account, for administrators answering a request made outside the application. */
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] exportFor(long userId) {
        return export(accounts.findById(userId)
                .orElseThrow(() -> new InvalidInputException("user", "error.userNotFound")).id());
    }

    /** Erases the signed-in person's account; they confirm by typing their e-mail address. */
    @PreAuthorize("isAuthenticated()")
    public void eraseMine(String confirmation) {
        UserAccount me = me();
        if (confirmation == null || !confirmation.strip().toLowerCase(Locale.ROOT).equals(me.email())) {
            throw new InvalidInputException("confirmation", "privacy.error.confirmation");
        }
        erase(me);
    }

    /** Erases someone else's account; an administrator's own account is erased only through "My data". */
    @PreAuthorize("hasRole('ADMIN')")
    public void eraseAccount(long userId) {
        UserAccount target = accounts.findById(userId)
                .orElseThrow(() -> new InvalidInputException("user", "error.userNotFound"));
        if (target.id().equals(me().id())) {
            throw new InvalidInputException("user", "privacy.error.notSelf");
        }
        erase(target);
    }

    /** Accounts found by name or e-mail, for the administrators' erasure page. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> findAccounts(String text) {
        return accounts.search(text, org.springframework.data.domain.PageRequest.of(0, 20));
    }

    /** Whether an account has been erased already (its e-mail is the pseudonym). */
    public static boolean isErased(UserAccount account) {
        return account.email().equals(Erasure.pseudonymEmail(account.id()));
    }

    void erase(UserAccount target) {
        if (isErased(target)) {
            throw new InvalidInputException("user", "privacy.error.alreadyErased");
        }
        if (target.hasRole(Role.ADMIN)) {
            throw new InvalidInputException("user", "privacy.error.administrator");
        }
        Erasure erasure = new Erasure(target.id(), target.email(), clock.instant(), properties.keepCertificatesOnErasure());
        transactions.executeWithoutResult(status -> {
            audit.record(AuditAction.ACCOUNT_ERASED, AuditLog.USER, target.id(), target.id(),
                    erasure.keepCertificates() ? "certificates kept verifiable" : "certificates revoked");
            entityManager.flush();
            holders.forEach(holder -> holder.erase(erasure));
            entityManager.flush();
            entityManager.clear();
        });
        log.info("Account {} erased", target.id());
    }

    private byte[] export(long userId) {
        Map<String, Object> files = new TreeMap<>();
        readOnly.executeWithoutResult(status -> holders.forEach(holder -> files.putAll(holder.export(userId))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, Object> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey() + ".json"));
                zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, AuditLog.USER, userId, userId, files.size() + " files");
        return bytes.toByteArray();
    }

    private UserAccount me() {
        return accounts.current().orElseThrow(() -> new InvalidInputException("user", "error.userNotFound"));
    }
}
