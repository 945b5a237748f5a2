package ro.semnal.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.ItemKind;
import ro.semnal.catalog.ItemRef;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

@SpringBootTest
@RecordApplicationEvents
class LearningIT {

    @Autowired
    LearningService learning;
    @Autowired
    CatalogService catalog;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private UserAccount learner() {
        UserAccount user = users.create("Cursant Învățăcel", Role.LEARNER);
        signIn.as(user);
        return user;
    }

    private void readAll(String course) {
        for (ItemRef item : catalog.course(course).orElseThrow().items()) {
            if (item.kind() == ItemKind.LESSON) {
                learning.openLesson(course, item.slug());
                learning.markLessonDone(course, item.slug());
            }
        }
    }

    @Test
    void a_lessons_only_course_completes_once_when_every_lesson_is_done() {
        UserAccount user = learner();
        assertThat(learning.progress("lessons-only").status()).isEqualTo(CourseStatus.NOT_ENROLLED);
        learning.enrol("lessons-only");
        learning.openLesson("lessons-only", "intro");
        CourseProgress half = learning.markLessonDone("lessons-only", "intro");
        assertThat(half.status()).isEqualTo(CourseStatus.IN_PROGRESS);
        assertThat(half.percent()).isEqualTo(33);
        assertThat(events.stream(CourseCompleted.class)).isEmpty();

        readAll("lessons-only");
        learning.markLessonDone("lessons-only", "referral");

        assertThat(learning.progress("lessons-only").status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(events.stream(CourseCompleted.class)).singleElement().satisfies(e -> {
            assertThat(e.userId()).isEqualTo(user.id());
            assertThat(e.courseSlug()).isEqualTo("lessons-only");
        });
    }

    @Test
    void enrolling_twice_keeps_one_enrolment() {
        learner();
        learning.enrol("lessons-only");
        learning.enrol("lessons-only");
        assertThat(learning.myCourses()).extracting(e -> e.course().slug()).containsExactly("lessons-only");
    }

    @Test
    void a_lesson_cannot_be_opened_before_enrolling() {
        learner();
        assertThatThrownBy(() -> learning.openLesson("lessons-only", "intro"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("course", "learning.error.notEnrolled")).isTrue());
    }

    @Test
    void a_course_stays_locked_until_its_prerequisite_is_completed() {
        learner();
        assertThat(learning.progress("advanced-course").status()).isEqualTo(CourseStatus.LOCKED);
        assertThatThrownBy(() -> learning.enrol("advanced-course")).isInstanceOf(InvalidInputException.class);
        learning.enrol("lessons-only");
        readAll("lessons-only");
        assertThat(learning.progress("advanced-course").status()).isEqualTo(CourseStatus.NOT_ENROLLED);
        learning.enrol("advanced-course");
        readAll("advanced-course");
        assertThat(learning.progress("advanced-course").status())
                .as("its quiz is required and cannot be passed yet").isEqualTo(CourseStatus.IN_PROGRESS);
    }

    @Test
    void continue_leads_to_the_last_lesson_opened_until_it_is_done() {
        learner();
        learning.enrol("lessons-only");
        learning.openLesson("lessons-only", "signs");
        assertThat(learning.progress("lessons-only").continueWith()).map(ItemRef::slug).contains("signs");
        learning.markLessonDone("lessons-only", "signs");
        assertThat(learning.progress("lessons-only").continueWith()).map(ItemRef::slug).contains("intro");
    }

    @Test
    void the_catalog_lists_the_courses_for_the_learners_profession_first() {
        users.create("Polițist Test", Role.LEARNER); // TestUsers makes police officers
        learner();
        List<CatalogEntry> catalog = learning.catalog("", null, null);
        int lastForMe = catalog.stream().filter(CatalogEntry::forMyProfession).map(catalog::indexOf)
                .max(Integer::compare).orElseThrow();
        int firstOther = catalog.stream().filter(e -> !e.forMyProfession()).map(catalog::indexOf)
                .min(Integer::compare).orElseThrow();
        assertThat(lastForMe).isLessThan(firstOther);
        assertThat(catalog).filteredOn(CatalogEntry::forMyProfession).extracting(e -> e.course().slug())
                .contains("lessons-only");
        assertThat(learning.catalog("avansat", null, null)).extracting(e -> e.course().slug())
                .containsExactly("advanced-course");
        assertThat(learning.catalog("", ro.semnal.accounts.Profession.JUDGE, null)).extracting(e -> e.course().slug())
                .doesNotContain("lessons-only");
    }
}
