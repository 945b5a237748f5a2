package ro.semnal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Role;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ItemKind;
import ro.semnal.catalog.ItemRef;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuizDefinition;
import ro.semnal.learning.CatalogEntry;
import ro.semnal.learning.CourseStatus;
import ro.semnal.learning.LearningService;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/**
 * The real courses, end to end: a learner of each profession finds their course first, reads every lesson,
 * passes every required quiz with the right answers, and completes the course.
 */
@SpringBootTest(properties = "semnal.catalog.folder=courses")
class RealCoursesIT {

    @Autowired
    CatalogService catalog;
    @Autowired
    LearningService learning;
    @Autowired
    AssessmentService assessment;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** The right answer to each question, as the content defines it. */
    static Answer perfect(Question question) {
        return switch (question) {
            case Question.Choice c -> new Answer.Choice(c.options().stream().filter(Question.Option::correct)
                    .map(Question.Option::id).collect(Collectors.toSet()));
            case Question.Matching m -> new Answer.Matching(m.pairs().stream()
                    .collect(Collectors.toMap(Question.Pair::id, Question.Pair::id)));
            case Question.Ordering o -> new Answer.Ordering(o.items().stream().map(Question.OrderItem::id).toList());
            case Question.Scenario s -> new Answer.Scenario(ScenarioPaths.bestPath(s).stream()
                    .map(Question.StepChoice::id).toList());
            case Question.Likert l -> new Answer.Likert(3);
        };
    }

    @ParameterizedTest
    @CsvSource({"police, POLICE_OFFICER", "prosecutors, PROSECUTOR", "judges, JUDGE", "medical-staff, MEDICAL_STAFF",
            "social-workers, SOCIAL_WORKER", "community-actors, TEACHER", "community-actors, CLERGY",
            "core-trafficking, OTHER"})
    void a_learner_of_the_profession_finds_the_course_first_and_completes_it(String slug, Profession profession) {
        signIn.as(users.create("Specialist " + profession.name().replace('_', ' ').toLowerCase(), profession, Role.LEARNER));

        List<CatalogEntry> entries = learning.catalog("", null, null);
        List<String> mine = entries.stream().takeWhile(CatalogEntry::forMyProfession).map(e -> e.course().slug()).toList();
        if (profession != Profession.OTHER) {
            assertThat(mine).as("the courses shown first").contains(slug);
        }
        assertThat(entries.stream().skip(mine.size())).noneMatch(CatalogEntry::forMyProfession);

        CourseDefinition course = catalog.course(slug).orElseThrow();
        learning.enrol(slug);
        for (ItemRef item : course.items()) {
            if (item.kind() == ItemKind.LESSON) {
                learning.openLesson(slug, item.slug());
                learning.markLessonDone(slug, item.slug());
            } else if (course.completion().requiredItems().contains(item.slug())) {
                AttemptResult result = pass(course, item.slug());
                assertThat(result.passed()).as(slug + "/" + item.slug()).isTrue();
            }
        }
        assertThat(learning.progress(slug).status()).as(slug).isEqualTo(CourseStatus.COMPLETED);
    }

    private AttemptResult pass(CourseDefinition course, String quizSlug) {
        QuizDefinition quiz = course.quizzes().get(quizSlug);
        long attempt = assessment.start(course.slug(), quizSlug);
        Map<String, Question> byId = quiz.questions().stream().collect(Collectors.toMap(Question::id, q -> q));
        for (AttemptPage.ShownQuestion shown : assessment.page(attempt).questions()) {
            assessment.answer(attempt, shown.id(), perfect(byId.get(shown.id())));
        }
        AttemptResult result = assessment.submit(attempt);
        if (quiz.kind() != ro.semnal.catalog.QuizKind.ATTITUDE_SURVEY) {
            assertThat(result.percent()).as(course.slug() + "/" + quizSlug).isEqualTo(100.0);
        }
        return result;
    }

}
