package ro.semnal.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ro.semnal.accounts.UserAccount;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ItemRef;

/** Computes a learner's status on a course: shared by the learner's own pages and staff views. */
@Component
class ProgressCalculator {

    private final EnrollmentRepository enrollments;
    private final ItemProgressRepository progress;

    ProgressCalculator(EnrollmentRepository enrollments, ItemProgressRepository progress) {
        this.enrollments = enrollments;
        this.progress = progress;
    }

    CourseProgress progress(UserAccount user, CourseDefinition course, Optional<Enrollment> enrollment) {
        List<String> missing = missingPrerequisites(user, course);
        Map<String, ItemStatus> statuses = new LinkedHashMap<>();
        Map<String, ItemProgress> rows = enrollment.isEmpty() ? Map.of()
                : progress.findByUserIdAndCourseSlug(user.id(), course.slug()).stream()
                        .collect(Collectors.toMap(ItemProgress::itemSlug, p -> p));
        for (ItemRef item : course.items()) {
            ItemProgress row = rows.get(item.slug());
            statuses.put(item.slug(), !missing.isEmpty() ? ItemStatus.LOCKED : row == null ? ItemStatus.NOT_STARTED
                    : row.done() ? ItemStatus.DONE : ItemStatus.IN_PROGRESS);
        }
        Set<String> required = course.completion().requiredItems();
        long requiredDone = required.stream().filter(s -> statuses.get(s) == ItemStatus.DONE).count();
        int percent = required.isEmpty() ? 0 : (int) (100 * requiredDone / required.size());
        CourseStatus status = !missing.isEmpty() ? CourseStatus.LOCKED : enrollment.isEmpty() ? CourseStatus.NOT_ENROLLED
                : enrollment.get().completedAt() != null ? CourseStatus.COMPLETED : CourseStatus.IN_PROGRESS;
        if (status == CourseStatus.COMPLETED) {
            percent = 100;
        }
        return new CourseProgress(course, status, statuses, percent, continueWith(course, statuses, enrollment),
                missing);
    }

    private static Optional<ItemRef> continueWith(CourseDefinition course, Map<String, ItemStatus> statuses,
            Optional<Enrollment> enrollment) {
        Optional<ItemRef> last = enrollment.map(Enrollment::lastItemSlug).flatMap(course::item);
        if (last.isPresent() && statuses.get(last.get().slug()) != ItemStatus.DONE) {
            return last;
        }
        return course.items().stream().filter(i -> statuses.get(i.slug()) != ItemStatus.DONE).findFirst()
                .or(() -> course.items().stream().findFirst());
    }

    List<String> missingPrerequisites(UserAccount user, CourseDefinition course) {
        return course.prerequisites().stream()
                .filter(p -> enrollments.findByUserIdAndCourseSlug(user.id(), p).map(Enrollment::completedAt).isEmpty())
                .toList();
    }

}
