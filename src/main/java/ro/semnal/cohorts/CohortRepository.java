package ro.semnal.cohorts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    @Query("select c from Cohort c where :trainer member of c.trainers order by c.startDate desc")
    List<Cohort> findRunBy(@Param("trainer") long trainerId);

    List<Cohort> findAllByOrderByStartDateDesc();

    Optional<Cohort> findByInviteCode(String inviteCode);
}
