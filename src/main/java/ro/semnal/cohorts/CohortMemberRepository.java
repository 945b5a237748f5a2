package ro.semnal.cohorts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CohortMemberRepository extends JpaRepository<CohortMember, Long> {

    List<CohortMember> findByCohortId(long cohortId);

    List<CohortMember> findByUserId(long userId);

    long countByCohortId(long cohortId);

    boolean existsByCohortIdAndUserId(long cohortId, long userId);

    @Query("""
            select count(m) > 0 from CohortMember m, Cohort c
            where m.cohortId = c.id and m.userId = :learner and :trainer member of c.trainers
            """)
    boolean trainerHasLearner(@Param("trainer") long trainerId, @Param("learner") long learnerId);
}
