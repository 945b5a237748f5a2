package ro.semnal.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;

/**
 * Records that a learner has done an item of a course (a lesson read, a quiz passed) and completes the
 * course, once, when its completion rule is met. Called by other features in their own transaction
 * (including scheduled jobs, without a signed-in user); never by views.
 */
@Service
public class ItemCompletions {

    private final CatalogService catalog;
    private final EnrollmentRepository enrollments;
    private final ItemProgressRepository progress;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<SessionAttendance> attendance;
    private final Clock clock;

    ItemCompletions(CatalogService catalog, EnrollmentRepository enrollments, ItemProgressRepository progress,
            ApplicationEventPublisher events, ObjectProvider<SessionAttendance> attendance, Clock clock) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.progress = progress;
        this.events = events;
        this.attendance = attendance;
        this.clock = clock;
    }

    /** Completes the course if its rule is met now, e.g. after attendance was recorded. */
    @Transactional
    public void recheck(long userId, String courseSlug) {
        enrollments.findByUserIdAndCourseSlug(userId, courseSlug).ifPresent(enrollment ->
                catalog.course(courseSlug).ifPresent(course -> completeIfRuleMet(course, enrollment, clock.instant())));
    }

    /** Whether the learner is enrolled in the course. */
    @Transactional(readOnly = true)
    public boolean isEnrolled(long userId, String courseSlug) {
        return enrollments.findByUserIdAndCourseSlug(userId, courseSlug).isPresent();
    }

    /** Marks the item done (idempotent) and completes the course if that meets its rule. */
    @Transactional
    public void complete(long userId, String courseSlug, String itemSlug) {
        Instant now = clock.instant();
        Optional<Enrollment> enrollment = enrollments.findByUserIdAndCourseSlug(userId, courseSlug);
        if (enrollment.isEmpty()) {
            return;
        }
        progress.findByUserIdAndCourseSlugAndItemSlug(userId, courseSlug, itemSlug)
                .orElseGet(() -> progress.save(new ItemProgress(userId, courseSlug, itemSlug, now)))
                .complete(now);
        enrollment.get().visited(itemSlug, now);
        catalog.course(courseSlug).ifPresent(course -> completeIfRuleMet(course, enrollment.get(), now));
    }

    void completeIfRuleMet(CourseDefinition course, Enrollment enrollment, Instant now) {
        progress.flush();
        Set<String> done = progress.findByUserIdAndCourseSlug(enrollment.userId(), course.slug()).stream()
                .filter(ItemProgress::done).map(ItemProgress::itemSlug).collect(Collectors.toSet());
        SessionAttendance sessions = attendance.getIfAvailable();
        int required = Math.max(course.completion().attendedSessions(),
                sessions == null ? 0 : sessions.requiredSessions(enrollment.userId(), course.slug()));
        int attended = required == 0 || sessions == null ? 0 : sessions.attendedSessions(enrollment.userId(), course.slug());
        boolean met = done.containsAll(course.completion().requiredItems()) && attended >= required;
        if (met && enrollment.complete(course.version(), now)) {
            enrollments.saveAndFlush(enrollment);
            events.publishEvent(new CourseCompleted(enrollment.userId(), course.slug(), course.version(), now));
        }
    }
}
