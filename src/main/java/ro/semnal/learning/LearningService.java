package ro.semnal.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ItemKind;
import ro.semnal.catalog.ItemRef;
import ro.semnal.catalog.LessonContent;

/** The signed-in learner's courses: enrolment, lessons, progress and completion. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class LearningService {

    private final CatalogService catalog;
    private final AccountService accounts;
    private final EnrollmentRepository enrollments;
    private final ItemProgressRepository progress;
    private final ItemCompletions completions;
    private final ProgressCalculator calculator;
    private final Clock clock;

    LearningService(CatalogService catalog, AccountService accounts, EnrollmentRepository enrollments,
            ItemProgressRepository progress, ItemCompletions completions, ProgressCalculator calculator, Clock clock) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.enrollments = enrollments;
        this.progress = progress;
        this.completions = completions;
        this.calculator = calculator;
        this.clock = clock;
    }

    /**
     * The catalog for the signed-in learner: courses for their profession first, then the others, each
     * group by title; optionally only those for a profession, in a language, or whose title contains a text.
     */
    public List<CatalogEntry> catalog(String search, Profession profession, Language language) {
        UserAccount user = user();
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        Map<String, Enrollment> mine = enrollments.findByUserIdOrderByLastActivityAtDesc(user.id()).stream()
                .collect(Collectors.toMap(Enrollment::courseSlug, e -> e));
        return catalog.courses().stream()
                .filter(c -> profession == null || c.isFor(profession))
                .filter(c -> language == null || c.title().has(language))
                .filter(c -> needle.isEmpty() || c.title().ro().toLowerCase(Locale.ROOT).contains(needle)
                        || c.title().en().toLowerCase(Locale.ROOT).contains(needle))
                .map(c -> entry(user, c, mine))
                .sorted(Comparator.comparing((CatalogEntry e) -> !e.forMyProfession())
                        .thenComparing(e -> e.course().title().in(user.language()), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The courses the learner is enrolled in, most recently active first. */
    public List<CatalogEntry> myCourses() {
        UserAccount user = user();
        Map<String, Enrollment> mine = enrollments.findByUserIdOrderByLastActivityAtDesc(user.id()).stream()
                .collect(Collectors.toMap(Enrollment::courseSlug, e -> e, (a, b) -> a, LinkedHashMap::new));
        return mine.keySet().stream().map(catalog::course).flatMap(Optional::stream)
                .map(c -> entry(user, c, mine)).toList();
    }

    private CatalogEntry entry(UserAccount user, CourseDefinition course, Map<String, Enrollment> mine) {
        CourseProgress p = progress(user, course, Optional.ofNullable(mine.get(course.slug())));
        return new CatalogEntry(course, p.status(), p.percent(), !course.professions().isEmpty()
                && course.isFor(user.profession()));
    }

    public CourseProgress progress(String courseSlug) {
        UserAccount user = user();
        CourseDefinition course = course(courseSlug);
        return progress(user, course, enrollments.findByUserIdAndCourseSlug(user.id(), courseSlug));
    }

    /** Enrols the learner in an open course; enrolling again changes nothing. */
    @Transactional
    public CourseProgress enrol(String courseSlug) {
        UserAccount user = user();
        CourseDefinition course = course(courseSlug);
        if (!missingPrerequisites(user, course).isEmpty()) {
            throw new InvalidInputException("course", "learning.error.prerequisites");
        }
        Enrollment enrollment = enrollments.findByUserIdAndCourseSlug(user.id(), courseSlug).orElseGet(() -> {
            try {
                return enrollments.saveAndFlush(new Enrollment(user.id(), courseSlug, clock.instant()));
            } catch (DataIntegrityViolationException enrolledInAnotherTab) {
                return enrollments.findByUserIdAndCourseSlug(user.id(), courseSlug).orElseThrow();
            }
        });
        return progress(user, course, Optional.of(enrollment));
    }

    /** Opens a lesson in the learner's language (or the other one, marked), and remembers it as the place to continue. */
    @Transactional
    public LessonPage openLesson(String courseSlug, String lessonSlug) {
        UserAccount user = user();
        CourseDefinition course = course(courseSlug);
        Enrollment enrollment = enrollment(user, courseSlug);
        ItemRef item = course.item(lessonSlug).filter(i -> i.kind() == ItemKind.LESSON)
                .orElseThrow(() -> new InvalidInputException("lesson", "error.lessonNotFound"));
        LessonContent content = catalog.lesson(courseSlug, lessonSlug, user.language())
                .orElseThrow(() -> new InvalidInputException("lesson", "error.lessonNotFound"));
        Instant now = clock.instant();
        enrollment.visited(lessonSlug, now);
        ItemProgress itemProgress = progress.findByUserIdAndCourseSlugAndItemSlug(user.id(), courseSlug, lessonSlug)
                .orElseGet(() -> progress.save(new ItemProgress(user.id(), courseSlug, lessonSlug, now)));
        List<ItemRef> items = course.items();
        int index = items.indexOf(item);
        return new LessonPage(course, content, index > 0 ? Optional.of(items.get(index - 1)) : Optional.empty(),
                index < items.size() - 1 ? Optional.of(items.get(index + 1)) : Optional.empty(), itemProgress.done());
    }

    /** Marks a lesson read; when that meets the course's completion rule, the course is completed once. */
    @Transactional
    public CourseProgress markLessonDone(String courseSlug, String lessonSlug) {
        UserAccount user = user();
        CourseDefinition course = course(courseSlug);
        Enrollment enrollment = enrollment(user, courseSlug);
        course.item(lessonSlug).filter(i -> i.kind() == ItemKind.LESSON)
                .orElseThrow(() -> new InvalidInputException("lesson", "error.lessonNotFound"));
        Instant now = clock.instant();
        progress.findByUserIdAndCourseSlugAndItemSlug(user.id(), courseSlug, lessonSlug)
                .orElseGet(() -> progress.save(new ItemProgress(user.id(), courseSlug, lessonSlug, now)))
                .complete(now);
        enrollment.visited(lessonSlug, now);
        completions.completeIfRuleMet(course, enrollment, now);
        return progress(user, course, Optional.of(enrollment));
    }

    private CourseProgress progress(UserAccount user, CourseDefinition course, Optional<Enrollment> enrollment) {
        return calculator.progress(user, course, enrollment);
    }

    private List<String> missingPrerequisites(UserAccount user, CourseDefinition course) {
        return calculator.missingPrerequisites(user, course);
    }

    private Enrollment enrollment(UserAccount user, String courseSlug) {
        return enrollments.findByUserIdAndCourseSlug(user.id(), courseSlug)
                .orElseThrow(() -> new InvalidInputException("course", "learning.error.notEnrolled"));
    }

    private CourseDefinition course(String slug) {
        return catalog.course(slug).orElseThrow(() -> new InvalidInputException("course", "error.courseNotFound"));
    }

    private UserAccount user() {
        return accounts.current().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
