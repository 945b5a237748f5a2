package ro.semnal.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ro.semnal.accounts.Profession;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.LessonDefinition;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuestionType;
import ro.semnal.catalog.QuizDefinition;
import ro.semnal.catalog.QuizKind;

/** The real training content under courses/ loads with the real reader and follows the content rules. */
class CoursesFolderTest {

    static final Path COURSES = Path.of("courses");
    static final List<String> ROLE_COURSES = List.of("police", "prosecutors", "judges", "medical-staff", "social-workers");
    static final Map<String, SortedMap<String, byte[]>> FILES = new TreeMap<>();
    static final Map<String, CourseDefinition> COURSE = new LinkedHashMap<>();

    @BeforeAll
    static void readEveryCourse() throws Exception {
        try (Stream<Path> folders = Files.list(COURSES)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String slug = folder.getFileName().toString();
                SortedMap<String, byte[]> files = CourseArchive.readFolder(folder);
                CourseReadResult result = new CourseReader().read(slug, files);
                assertThat(result.errors()).as("errors in course %s", slug).isEmpty();
                FILES.put(slug, files);
                COURSE.put(slug, result.course().orElseThrow());
            }
        }
    }

    @Test
    void all_seven_courses_load_without_an_error() {
        assertThat(COURSE.keySet()).containsExactlyInAnyOrder("core-trafficking", "police", "prosecutors", "judges",
                "medical-staff", "social-workers", "community-actors");
        COURSE.values().forEach(c -> assertThat(c.prerequisites()).as(c.slug()).allMatch(COURSE::containsKey));
    }

    @Test
    void every_profession_has_a_course_made_for_it_and_the_core_course_is_for_everyone() {
        assertThat(COURSE.get("core-trafficking").professions()).isEmpty();
        for (Profession profession : Profession.values()) {
            assertThat(COURSE.values()).as(profession.name())
                    .anyMatch(c -> !c.professions().isEmpty() && c.isFor(profession));
        }
    }

    @Test
    void every_lesson_exists_in_both_languages_with_a_sources_section() {
        for (CourseDefinition course : COURSE.values()) {
            for (LessonDefinition lesson : course.lessons().values()) {
                assertThat(lesson.markdown().complete()).as(course.slug() + "/" + lesson.slug()).isTrue();
                assertThat(MarkdownRenderer.hasSection(lesson.markdown().ro(), Set.of("Surse"))).as(lesson.slug()).isTrue();
                assertThat(MarkdownRenderer.hasSection(lesson.markdown().en(), Set.of("Sources"))).as(lesson.slug()).isTrue();
            }
        }
    }

    @Test
    void no_file_uses_cedilla_letters_or_teaches_what_the_brief_marks_unverified() {
        FILES.forEach((slug, files) -> files.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(slug + "/" + path).doesNotContain("ş", "ţ", "Ş", "Ţ").doesNotContain("[UNVERIFIED]");
        }));
    }

    @Test
    void the_only_phone_numbers_taught_are_the_anitp_helpline_and_112() {
        Pattern phone = Pattern.compile("\\b0\\d{3}[ .]?\\d{3}[ .]?\\d{3}\\b");
        FILES.forEach((slug, files) -> files.forEach((path, bytes) -> {
            Matcher matcher = phone.matcher(new String(bytes, StandardCharsets.UTF_8));
            while (matcher.find()) {
                assertThat(matcher.group().replaceAll("[ .]", "")).as(slug + "/" + path).isEqualTo("0800800678");
            }
        }));
    }

    @Test
    void every_quiz_pool_holds_at_least_the_questions_it_draws() {
        COURSE.values().forEach(c -> c.quizzes().values().forEach(q ->
                assertThat(q.questions().size()).as(c.slug() + "/" + q.slug()).isGreaterThanOrEqualTo(q.draw())));
    }

    @Test
    void the_core_course_has_six_lessons_pre_and_post_tests_on_the_same_competencies_a_final_quiz_and_two_surveys() {
        CourseDefinition core = COURSE.get("core-trafficking");
        assertThat(core.lessons()).hasSizeGreaterThanOrEqualTo(6);
        QuizDefinition pre = quiz(core, QuizKind.PRE_TEST).getFirst();
        QuizDefinition post = quiz(core, QuizKind.POST_TEST).getFirst();
        assertThat(competencies(post)).isEqualTo(competencies(pre));
        assertThat(quiz(core, QuizKind.GRADED)).isNotEmpty();
        List<QuizDefinition> surveys = quiz(core, QuizKind.ATTITUDE_SURVEY);
        assertThat(surveys).hasSize(2);
        assertThat(ids(surveys.get(1))).isEqualTo(ids(surveys.get(0)));
        assertThat(core.certificate()).isPresent();
    }

    @Test
    void each_role_course_has_four_lessons_three_scenarios_and_a_final_pool_of_twenty() {
        for (String slug : ROLE_COURSES) {
            CourseDefinition course = COURSE.get(slug);
            assertThat(course.lessons()).as(slug).hasSizeGreaterThanOrEqualTo(4);
            assertThat(scenarios(course)).as(slug).isGreaterThanOrEqualTo(3);
            assertThat(quiz(course, QuizKind.GRADED)).as(slug)
                    .anyMatch(q -> q.questions().size() >= 20 && course.completion().requiredItems().contains(q.slug()));
            assertThat(course.certificate()).as(slug).isPresent();
        }
    }

    @Test
    void the_community_course_is_shorter_with_three_lessons_and_two_scenarios() {
        CourseDefinition community = COURSE.get("community-actors");
        assertThat(community.lessons()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(scenarios(community)).isGreaterThanOrEqualTo(2);
        assertThat(community.professions()).contains(Profession.TEACHER, Profession.CLERGY);
    }

    @Test
    void every_scenario_has_a_path_that_ends_badly_and_one_that_ends_well() {
        COURSE.values().forEach(c -> c.quizzes().values().forEach(q -> q.questions().stream()
                .filter(Question.Scenario.class::isInstance).map(Question.Scenario.class::cast).forEach(s -> {
                    List<Question.Ending> endings = s.steps().stream().flatMap(step -> step.choices().stream())
                            .map(Question.StepChoice::end).filter(e -> e != null).toList();
                    assertThat(endings).as(c.slug() + "/" + s.id()).anyMatch(e -> !e.good()).anyMatch(Question.Ending::good);
                })));
    }

    @Test
    void every_wrong_option_explains_why_in_both_languages() {
        COURSE.values().forEach(c -> c.quizzes().values().forEach(q -> q.questions().stream()
                .filter(Question.Choice.class::isInstance).map(Question.Choice.class::cast)
                .forEach(question -> question.options().stream().filter(o -> !o.correct()).forEach(o ->
                        assertThat(o.feedback().complete()).as(c.slug() + "/" + question.id() + "/" + o.id()).isTrue()))));
    }

    private static List<QuizDefinition> quiz(CourseDefinition course, QuizKind kind) {
        return course.quizzes().values().stream().filter(q -> q.kind() == kind).toList();
    }

    private static Set<String> competencies(QuizDefinition quiz) {
        return quiz.questions().stream().map(Question::competency).collect(Collectors.toSet());
    }

    private static List<String> ids(QuizDefinition quiz) {
        return quiz.questions().stream().map(Question::id).toList();
    }

    private static long scenarios(CourseDefinition course) {
        return course.quizzes().values().stream().flatMap(q -> q.questions().stream())
                .filter(q -> q.type() == QuestionType.SCENARIO).count();
    }
}
