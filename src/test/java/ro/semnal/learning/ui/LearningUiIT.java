package ro.semnal.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;

import ro.semnal.accounts.Role;
import ro.semnal.testsupport.KaribuTest;

/** A learner finds a course, enrols, reads its lessons, resumes, and completes it. */
class LearningUiIT extends KaribuTest {

    private static void openCourse(String slug) {
        UI.getCurrent().navigate(CourseView.class, CourseView.parameters(slug));
    }

    private static String itemStatus(String item) {
        return _get(ListItem.class, spec -> spec.withId("item-" + item)).getElement().getAttribute("data-status");
    }

    @Test
    void the_catalog_shows_the_course_for_the_learners_profession_first() {
        login(users.create("Polițist Catalog", Role.LEARNER));
        UI.getCurrent().navigate(CatalogView.class);
        List<String> cards = _find(Div.class, spec -> spec.withClasses("semnal-course-card")).stream()
                .map(card -> card.getId().orElse("")).toList();
        assertThat(cards).contains("course-card-lessons-only", "course-card-advanced-course");
        assertThat(cards.indexOf("course-card-lessons-only")).isLessThan(cards.indexOf("course-card-advanced-course"));
        assertThat(_get(Div.class, spec -> spec.withId("course-card-lessons-only")).getElement().getTextRecursively())
                .contains("Pentru profesia ta");
    }

    @Test
    void a_learner_enrols_reads_every_lesson_resumes_and_completes_the_course() {
        login(users.create("Ana Învață", Role.LEARNER));
        openCourse("lessons-only");
        assertThat(itemStatus("intro")).isEqualTo("NOT_STARTED");
        _click(_get(Button.class, spec -> spec.withId("enrol")));

        _click(_get(Button.class, spec -> spec.withId("continue")));
        _assertOne(LessonView.class);
        assertThat(_get(Html.class, spec -> spec.withId("lesson-content")).getInnerHtml())
                .contains("Textul lecției „intro”").contains("ș, ț, ă, î, â");
        _click(_get(Button.class, spec -> spec.withId("mark-done")));

        _assertOne(LessonView.class); // moved on to the next lesson
        openCourse("lessons-only");
        assertThat(itemStatus("intro")).isEqualTo("DONE");
        assertThat(itemStatus("signs")).isEqualTo("IN_PROGRESS");
        _click(_get(Button.class, spec -> spec.withId("continue")));
        _click(_get(Button.class, spec -> spec.withId("mark-done")));
        _click(_get(Button.class, spec -> spec.withId("mark-done")));

        openCourse("lessons-only");
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-completed")).getText())
                .isEqualTo("Ai finalizat acest curs.");
        UI.getCurrent().navigate(LearnerHomeView.class);
        _get(Div.class, spec -> spec.withId("my-completed"));
    }

    @Test
    void a_course_with_an_unmet_prerequisite_is_shown_locked() {
        login(users.create("Grăbit Nerăbdător", Role.LEARNER));
        openCourse("advanced-course");
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-locked")).getText()).contains("lessons-only");
        assertThat(itemStatus("case-work")).isEqualTo("LOCKED");
        assertThat(_find(Button.class, spec -> spec.withId("enrol"))).isEmpty();
    }

    @Test
    void opening_a_lesson_without_enrolling_leads_back_to_the_course_page() {
        login(users.create("Curios Neînscris", Role.LEARNER));
        UI.getCurrent().navigate(LessonView.class, LessonView.parameters("lessons-only", "intro"));
        _assertOne(CourseView.class);
    }
}
