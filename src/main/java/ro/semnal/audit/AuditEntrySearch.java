package ro.semnal.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;

/** The filtered, paged look-ups of the audit view. */
interface AuditEntrySearch {

    List<AuditEntry> search(AuditFilter filter, Pageable page);

    long count(AuditFilter filter);
}
