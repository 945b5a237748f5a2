package ro.semnal.audit;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ro.semnal.accounts.AccessChanged;
import ro.semnal.accounts.Role;

/** Records role changes, deactivations and reactivations (accounts cannot depend on audit: it publishes events). */
@Component
class AccessAudit {

    private final AuditLog log;

    AccessAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void onAccessChanged(AccessChanged change) {
        if (!change.previousRoles().equals(change.roles())) {
            log.record(AuditAction.ROLES_CHANGED, AuditLog.USER, change.userId(), change.userId(),
                    sorted(change.previousRoles()) + " -> " + sorted(change.roles()));
        }
        if (change.wasActive() && !change.active()) {
            log.record(AuditAction.ACCOUNT_DEACTIVATED, AuditLog.USER, change.userId(), change.userId(), "deactivated");
        } else if (!change.wasActive() && change.active()) {
            log.record(AuditAction.ACCOUNT_ACTIVATED, AuditLog.USER, change.userId(), change.userId(), "reactivated");
        }
    }

    private static Set<Role> sorted(Set<Role> roles) {
        return new TreeSet<>(roles);
    }
}
