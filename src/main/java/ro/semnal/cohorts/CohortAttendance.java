package ro.semnal.cohorts;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ro.semnal.learning.SessionAttendance;

/**
 * Attendance for course completion: the sessions of the learner's cohorts that include the course, and
 * the most any of those cohorts requires.
 */
@Component
class CohortAttendance implements SessionAttendance {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortSessionRepository sessions;
    private final AttendanceRepository attendance;

    CohortAttendance(CohortRepository cohorts, CohortMemberRepository members, CohortSessionRepository sessions,
            AttendanceRepository attendance) {
        this.cohorts = cohorts;
        this.members = members;
        this.sessions = sessions;
        this.attendance = attendance;
    }

    private List<Cohort> cohortsWith(long userId, String courseSlug) {
        return members.findByUserId(userId).stream().map(m -> cohorts.findById(m.cohortId()))
                .flatMap(java.util.Optional::stream).filter(c -> c.courses().contains(courseSlug)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int attendedSessions(long userId, String courseSlug) {
        List<Long> sessionIds = cohortsWith(userId, courseSlug).stream()
                .flatMap(c -> sessions.findByCohortIdOrderByStartsAt(c.getId()).stream())
                .filter(s -> !s.cancelled()).map(CohortSession::getId).toList();
        return sessionIds.isEmpty() ? 0 : (int) attendance.findByUserIdAndSessionIdIn(userId, sessionIds).stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT).count();
    }

    @Override
    @Transactional(readOnly = true)
    public int requiredSessions(long userId, String courseSlug) {
        return cohortsWith(userId, courseSlug).stream().mapToInt(Cohort::attendanceRequired).max().orElse(0);
    }
}
