package ro.semnal.audit;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;

/**
 * Audit entries made by the person or about them. Erasure keeps them unchanged on purpose: the trail is
 * append-only, it is kept to account for privileged actions (GDPR art. 17(3)(b) and (e)), and its entries
 * name people only by account id and, for the actor, the e-mail they acted under.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

    private final AuditLog log;

    AuditPersonalData(AuditLog log) {
        this.log = log;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of(AuditEntry.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of("audit-entries", log.about(userId));
    }

    @Override
    public void erase(Erasure erasure) {
        // Retained, see the class comment and docs/security.md.
    }
}
