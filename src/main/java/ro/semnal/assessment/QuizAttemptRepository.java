package ro.semnal.assessment;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByUserIdAndCourseSlugAndQuizSlugOrderByAttemptNumber(long userId, String courseSlug,
            String quizSlug);

    List<QuizAttempt> findByUserIdOrderByStartedAtDesc(long userId);

    @Query("select a.id from QuizAttempt a where a.status = ro.semnal.assessment.AttemptStatus.IN_PROGRESS "
            + "and a.deadlineAt < :now")
    List<Long> findExpiredOpenAttempts(@Param("now") Instant now);
}
