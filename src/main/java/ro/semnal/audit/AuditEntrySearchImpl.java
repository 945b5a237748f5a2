package ro.semnal.audit;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Pageable;

/** Builds the JPQL of a filter with only the conditions it sets, newest first. */
class AuditEntrySearchImpl implements AuditEntrySearch {

    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<AuditEntry> search(AuditFilter filter, Pageable page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<AuditEntry> query = em.createQuery("select e from AuditEntry e" + where(filter, parameters)
                + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEntry e" + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(AuditFilter filter, Map<String, Object> parameters) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("lower(e.actorEmail) like :actor");
            parameters.put("actor", "%" + filter.actor().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.objectType() != null && !filter.objectType().isBlank()) {
            where.add("e.objectType = :objectType");
            parameters.put("objectType", filter.objectType().strip());
        }
        if (filter.objectId() != null && !filter.objectId().isBlank()) {
            where.add("e.objectId = :objectId");
            parameters.put("objectId", filter.objectId().strip());
        }
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(BUCHAREST).toInstant());
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(BUCHAREST).toInstant());
        }
        return where.toString();
    }
}
