package ro.semnal.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    Optional<Enrollment> findByUserIdAndCourseSlug(long userId, String courseSlug);

    List<Enrollment> findByUserIdOrderByLastActivityAtDesc(long userId);
}
