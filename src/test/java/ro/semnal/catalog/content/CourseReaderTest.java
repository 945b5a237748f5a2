package ro.semnal.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import ro.semnal.accounts.Profession;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuestionType;

/** Each kind of content error is reported with its file, line and reason; a valid course reads whole. */
class CourseReaderTest {

    static final String MANIFEST = """
            slug: demo
            title: {ro: Curs demonstrativ, en: Demo course}
            summary: {ro: Rezumat, en: Summary}
            professions: [judge, prosecutor]
            hours: 3
            modules:
              - slug: one
                title: {ro: Unu, en: One}
                items:
                  - lesson: first
                  - quiz: check
            """;

    static final String QUIZ = """
            slug: check
            kind: graded
            title: {ro: Verificare, en: Check}
            questions:
              - id: q1
                type: single
                text: {ro: Întrebare, en: Question}
                explanation: {ro: Explicație, en: Explanation}
                source: ILO
                options:
                  - id: a
                    text: {ro: Da, en: Yes}
                    correct: true
                    feedback: {ro: Bine, en: Good}
                  - id: b
                    text: {ro: Nu, en: No}
                    feedback: {ro: Rău, en: Bad}
            """;

    static SortedMap<String, byte[]> validCourse() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        put(files, "course.yaml", MANIFEST);
        put(files, "lessons/first.ro.md", "# Prima lecție\n\nText cu ș și ț.\n\n## Surse\n\n- ILO\n");
        put(files, "lessons/first.en.md", "# First lesson\n\nText.\n\n## Sources\n\n- ILO\n");
        put(files, "quizzes/check.yaml", QUIZ);
        return files;
    }

    static void put(SortedMap<String, byte[]> files, String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<ContentError> errors(SortedMap<String, byte[]> files) {
        CourseReadResult result = new CourseReader().read("demo", files);
        assertThat(result.valid()).as("refused").isFalse();
        return result.errors();
    }

    static ContentError error(String file, int line, String code, String... args) {
        return new ContentError(file, line, code, List.of(args));
    }

    @Test
    void a_valid_course_is_read_with_its_lessons_quizzes_and_a_content_version() {
        CourseReadResult result = new CourseReader().read("demo", validCourse());
        assertThat(result.errors()).isEmpty();
        CourseDefinition course = result.course().orElseThrow();
        assertThat(course.title().ro()).isEqualTo("Curs demonstrativ");
        assertThat(course.professions()).containsExactlyInAnyOrder(Profession.JUDGE, Profession.PROSECUTOR);
        assertThat(course.lessons().get("first").title().ro()).isEqualTo("Prima lecție");
        assertThat(course.quizzes().get("check").questions()).hasSize(1);
        assertThat(course.completion().requiredItems()).containsExactlyInAnyOrder("first", "check");
        assertThat(course.certificate()).isEmpty();
        assertThat(course.version()).hasSize(64);
    }

    @Test
    void editing_a_file_changes_the_content_version_and_nothing_else_does() {
        String before = new CourseReader().read("demo", validCourse()).course().orElseThrow().version();
        assertThat(new CourseReader().read("demo", validCourse()).course().orElseThrow().version()).isEqualTo(before);
        SortedMap<String, byte[]> edited = validCourse();
        put(edited, "lessons/first.en.md", "# First lesson\n\nEdited text.\n\n## Sources\n\n- ILO\n");
        assertThat(new CourseReader().read("demo", edited).course().orElseThrow().version()).isNotEqualTo(before);
    }

    @Test
    void bad_yaml_is_reported_at_its_line() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "course.yaml", MANIFEST.replace("hours: 3", "hours: [3"));
        assertThat(errors(files)).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("course.yaml");
            assertThat(e.code()).isEqualTo("badYaml");
            assertThat(e.line()).isBetween(5, 7);
        });
    }

    @Test
    void a_missing_manifest_is_reported() {
        SortedMap<String, byte[]> files = validCourse();
        files.remove("course.yaml");
        assertThat(errors(files)).containsExactly(error("course.yaml", 0, "missingFile", "course.yaml"));
    }

    @Test
    void an_unknown_profession_and_a_slug_that_is_not_the_folder_name_are_reported_at_their_lines() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "course.yaml", MANIFEST.replace("slug: demo", "slug: other").replace("[judge, prosecutor]",
                "[judge, astronaut]"));
        assertThat(errors(files)).containsExactlyInAnyOrder(error("course.yaml", 1, "slugMismatch", "other", "demo"),
                error("course.yaml", 4, "unknownProfession", "astronaut"));
    }

    @Test
    void a_missing_language_is_reported_for_the_field() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "course.yaml", MANIFEST.replace("summary: {ro: Rezumat, en: Summary}", "summary: {ro: Rezumat}"));
        assertThat(errors(files)).containsExactly(error("course.yaml", 3, "missingLanguage", "summary", "en"));
    }

    @Test
    void a_lesson_missing_its_english_file_is_reported_where_the_manifest_names_it() {
        SortedMap<String, byte[]> files = validCourse();
        files.remove("lessons/first.en.md");
        assertThat(errors(files)).containsExactly(error("course.yaml", 10, "missingFile", "lessons/first.en.md"));
    }

    @Test
    void a_duplicate_item_slug_is_reported() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "course.yaml", MANIFEST + "      - lesson: first\n");
        assertThat(errors(files)).containsExactly(error("course.yaml", 12, "duplicateSlug", "first"));
    }

    @Test
    void a_completion_rule_naming_an_unknown_item_is_reported() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "course.yaml", MANIFEST + "completion:\n  required: [first, ghost]\n");
        assertThat(errors(files)).containsExactly(error("course.yaml", 13, "unknownSlug", "ghost"));
    }

    @Test
    void a_lesson_without_sources_or_with_cedillas_or_a_missing_image_is_refused() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "lessons/first.ro.md", "# Prima lecție\n\nText cu ş greșit.\n\n![hartă](assets/harta.png)\n");
        assertThat(errors(files)).containsExactlyInAnyOrder(
                error("lessons/first.ro.md", 0, "missingSources"),
                error("lessons/first.ro.md", 3, "cedilla"),
                error("lessons/first.ro.md", 5, "assetNotFound", "assets/harta.png"));
        put(files, "assets/harta.png", "png");
        put(files, "lessons/first.ro.md", "# Prima lecție\n\n![hartă](assets/harta.png)\n\n## Surse\n\n- ILO\n");
        assertThat(new CourseReader().read("demo", files).valid()).isTrue();
    }

    @Test
    void a_question_with_no_correct_answer_is_reported_where_it_is() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "quizzes/check.yaml", QUIZ.replace("    correct: true\n", "    correct: false\n"));
        assertThat(errors(files)).containsExactly(error("quizzes/check.yaml", 5, "noCorrectAnswer", "q1"));
    }

    @Test
    void a_single_choice_question_with_two_correct_answers_is_reported() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "quizzes/check.yaml", QUIZ.replace("feedback: {ro: Rău, en: Bad}",
                "feedback: {ro: Rău, en: Bad}\n        correct: true"));
        assertThat(errors(files)).containsExactly(error("quizzes/check.yaml", 5, "tooManyCorrect", "q1"));
    }

    @Test
    void drawing_more_questions_than_the_pool_holds_is_reported() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "quizzes/check.yaml", QUIZ.replace("kind: graded", "kind: graded\ndraw: 5"));
        assertThat(errors(files)).containsExactly(error("quizzes/check.yaml", 3, "drawTooLarge", "5", "1"));
    }

    @Test
    void an_unknown_question_type_and_quiz_kind_are_reported() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "quizzes/check.yaml", QUIZ.replace("kind: graded", "kind: exam").replace("type: single",
                "type: essay"));
        assertThat(errors(files)).containsExactlyInAnyOrder(error("quizzes/check.yaml", 2, "invalidValue", "kind", "exam"),
                error("quizzes/check.yaml", 6, "invalidValue", "type", "essay"));
    }

    static final String SCENARIO = """
            slug: check
            kind: graded
            title: {ro: Caz, en: Case}
            questions:
              - id: case
                type: scenario
                text: {ro: Caz, en: Case}
                vignette: {ro: O femeie la urgențe., en: A woman in the emergency room.}
                explanation: {ro: Explicație, en: Explanation}
                source: WHO
                steps:
                  - id: start
                    text: {ro: "Ce faci?", en: "What do you do?"}
                    choices:
                      - id: talk
                        text: {ro: Vorbești cu ea singură, en: You talk to her alone}
                        points: 2
                        feedback: {ro: Bine, en: Good}
                        next: refer
                      - id: ignore
                        text: {ro: O externezi, en: You discharge her}
                        feedback: {ro: Rău, en: Bad}
                        end: {outcome: bad, text: {ro: A plecat cu traficantul., en: She left with the trafficker.}}
                  - id: refer
                    text: {ro: "Și apoi?", en: "And then?"}
                    choices:
                      - id: call
                        text: {ro: Suni la linia de urgență, en: You call the helpline}
                        points: 2
                        competency: referral
                        feedback: {ro: Bine, en: Good}
                        end: {outcome: good, text: {ro: E în siguranță., en: She is safe.}}
            """;

    @Test
    void a_branching_scenario_is_read_with_its_steps_points_and_endings() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "quizzes/check.yaml", SCENARIO);
        CourseDefinition course = new CourseReader().read("demo", files).course().orElseThrow();
        Question.Scenario scenario = (Question.Scenario) course.quizzes().get("check").questions().getFirst();
        assertThat(scenario.type()).isEqualTo(QuestionType.SCENARIO);
        assertThat(scenario.start()).isEqualTo("start");
        assertThat(scenario.step("refer").choices().getFirst().competency()).isEqualTo("referral");
        assertThat(scenario.step("start").choices().get(1).end().good()).isFalse();
    }

    @Test
    void a_scenario_step_that_cannot_be_reached_is_reported() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "quizzes/check.yaml", SCENARIO.replace("next: refer", "end: {outcome: good, text: {ro: Gata, en: Done}}"));
        assertThat(errors(files)).containsExactly(error("quizzes/check.yaml", 24, "unreachableStep", "refer"));
    }

    @Test
    void a_scenario_that_loops_never_ends_and_is_reported() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "quizzes/check.yaml", SCENARIO.replace(
                "end: {outcome: good, text: {ro: E în siguranță., en: She is safe.}}", "next: start"));
        assertThat(errors(files)).extracting(ContentError::code).containsExactly("neverEnds");
    }

    @Test
    void a_choice_leading_to_an_unknown_step_is_reported() {
        SortedMap<String, byte[]> files = validCourse();
        put(files, "quizzes/check.yaml", SCENARIO.replace("next: refer", "next: nowhere"));
        assertThat(errors(files)).contains(error("quizzes/check.yaml", 12, "unknownStep", "nowhere"));
    }

    @Test
    void every_problem_in_a_course_is_reported_at_once() {
        SortedMap<String, byte[]> files = validCourse();
        files.remove("lessons/first.en.md");
        put(files, "quizzes/check.yaml", QUIZ.replace("    source: ILO\n", ""));
        put(files, "course.yaml", MANIFEST.replace("hours: 3", "hours: many"));
        assertThat(errors(files)).extracting(ContentError::code)
                .containsExactlyInAnyOrder("invalidValue", "missingFile", "missingField");
    }
}
