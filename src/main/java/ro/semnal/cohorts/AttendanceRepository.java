package ro.semnal.cohorts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    Optional<Attendance> findBySessionIdAndUserId(long sessionId, long userId);

    List<Attendance> findBySessionId(long sessionId);

    List<Attendance> findByUserIdAndSessionIdIn(long userId, Collection<Long> sessionIds);
}
