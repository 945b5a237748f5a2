package ro.semnal.cohorts;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CohortSessionRepository extends JpaRepository<CohortSession, Long> {

    List<CohortSession> findByCohortIdOrderByStartsAt(long cohortId);

    List<CohortSession> findByCohortIdInOrderByStartsAt(Collection<Long> cohortIds);
}
