package ro.semnal.audit;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read, nothing else: the trail is append-only. */
interface AuditEntryRepository extends Repository<AuditEntry, Long>, AuditEntrySearch {

    AuditEntry save(AuditEntry entry);

    @Query("select e from AuditEntry e where e.subjectUserId = :user or e.actorId = :user order by e.occurredAt, e.id")
    List<AuditEntry> findAbout(@Param("user") long userId);
}
