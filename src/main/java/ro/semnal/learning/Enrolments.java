package ro.semnal.learning;

import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ro.semnal.accounts.AccountService;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;

/**
 * Enrolment and progress of any learner, for other features' services (cohort enrolment, trainer
 * dashboards, scheduled reminders), which check access themselves; never for views.
 */
@Service
public class Enrolments {

    private final EnrollmentRepository enrollments;
    private final ProgressCalculator calculator;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final Clock clock;

    Enrolments(EnrollmentRepository enrollments, ProgressCalculator calculator, CatalogService catalog,
            AccountService accounts, Clock clock) {
        this.enrollments = enrollments;
        this.calculator = calculator;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Enrols the learner (idempotent), whatever the course's prerequisites: a trainer's decision. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enrol(long userId, String courseSlug) {
        if (enrollments.findByUserIdAndCourseSlug(userId, courseSlug).isEmpty()) {
            try {
                enrollments.saveAndFlush(new Enrollment(userId, courseSlug, clock.instant()));
            } catch (DataIntegrityViolationException enrolledMeanwhile) {
                // the learner enrolled themselves in the same moment
            }
        }
    }

    @Transactional(readOnly = true)
    public Optional<CourseProgress> progress(long userId, String courseSlug) {
        Optional<CourseDefinition> course = catalog.course(courseSlug);
        return course.flatMap(c -> accounts.findById(userId).map(user ->
                calculator.progress(user, c, enrollments.findByUserIdAndCourseSlug(userId, courseSlug))));
    }

    /** When the learner last did anything in any course, if ever. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> lastActivity(long userId) {
        return enrollments.findByUserIdOrderByLastActivityAtDesc(userId).stream().findFirst()
                .map(Enrollment::lastActivityAt);
    }
}
