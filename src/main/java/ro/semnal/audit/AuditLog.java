package ro.semnal.audit;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinRequest;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.UserAccount;

/**
 * The audit trail: features record each privileged action here, with who did it (the signed-in account, or
 * "system" for jobs), when (the injected clock) and from which client address. An entry joins the caller's
 * transaction, so a change that rolls back leaves no entry; a read (an export) is recorded in its own.
 */
@Service
public class AuditLog {

    /** Object types used in entries, also offered by the audit view's filter. */
    public static final String USER = "USER";
    public static final String CERTIFICATE = "CERTIFICATE";
    public static final String COHORT = "COHORT";
    public static final String COURSE = "COURSE";

    private final AuditEntryRepository entries;
    private final AccountService accounts;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, AccountService accounts, PlatformTransactionManager transactions,
            Clock clock) {
        this.entries = entries;
        this.accounts = accounts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public static List<String> objectTypes() {
        return List.of(USER, CERTIFICATE, COHORT, COURSE);
    }

    /**
     * Records an action on an object. {@code subjectUserId} is the person the action is about, if any (it
     * puts the entry into that person's "My data"). The summary must not carry names or e-mails.
     */
    public void record(AuditAction action, String objectType, Object objectId, Long subjectUserId, String summary) {
        UserAccount actor = accounts.current().orElse(null);
        AuditEntry entry = new AuditEntry(clock.instant(), actor == null ? null : actor.id(),
                actor == null ? "system" : actor.email(), action, objectType,
                objectId == null ? null : truncate(String.valueOf(objectId), 100), subjectUserId,
                truncate(summary == null ? "" : summary, 1000), clientAddress());
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entries.save(entry);
        } else {
            ownTransaction.executeWithoutResult(status -> entries.save(entry));
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditRecord> search(AuditFilter filter, Pageable page) {
        return entries.search(filter, page).stream().map(AuditEntry::toRecord).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditFilter filter) {
        return entries.count(filter);
    }

    /** Entries about a person or made by them: for their data export, never for views. */
    @Transactional(readOnly = true)
    public List<AuditRecord> about(long userId) {
        return entries.findAbout(userId).stream().map(AuditEntry::toRecord).toList();
    }

    /** The address of the request being served (the proxy's client when forward headers are trusted), if any. */
    static String clientAddress() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getRemoteAddr();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
