package ro.semnal.catalog.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ItemKind;
import ro.semnal.catalog.ItemRef;
import ro.semnal.catalog.ModuleDefinition;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuestionType;
import ro.semnal.catalog.QuizDefinition;
import ro.semnal.catalog.QuizKind;

/**
 * The example course of {@code courses/README.md} is real: every {@code File: example-course/<path>} line and the
 * fenced block right after it make up a course that the loader must accept as it stands.
 */
class CoursesReadmeExampleTest {

    private static final Path README = Path.of("courses", "README.md");
    private static final Pattern FILE_LINE = Pattern.compile("^File: example-course/(\\S+)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^(`{3,})[^`]*$");

    private static String readme;
    private static TreeMap<String, byte[]> files;
    private static CourseReadResult result;

    @BeforeAll
    static void readTheExample() throws IOException {
        readme = Files.readString(README, UTF_8);
        files = exampleFiles(readme);
        result = new CourseReader().read("example-course", files);
    }

    /** Each {@code File: example-course/<path>} line, then a fenced block on the very next line, gives one file. */
    static TreeMap<String, byte[]> exampleFiles(String markdown) {
        List<String> lines = markdown.lines().toList();
        TreeMap<String, byte[]> found = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher file = FILE_LINE.matcher(lines.get(i));
            if (!file.matches()) {
                continue;
            }
            String path = file.group(1);
            assertThat(i + 1).as("a fenced block after the line of %s", path).isLessThan(lines.size());
            Matcher open = FENCE.matcher(lines.get(i + 1));
            assertThat(open.matches()).as("the line after 'File: example-course/%s' opens a fenced block", path)
                    .isTrue();
            StringBuilder content = new StringBuilder();
            int j = i + 2;
            while (j < lines.size() && !lines.get(j).strip().equals(open.group(1))) {
                content.append(lines.get(j)).append('\n');
                j++;
            }
            assertThat(j).as("the fenced block of %s is closed", path).isLessThan(lines.size());
            assertThat(found.put(path, content.toString().getBytes(UTF_8))).as("%s given once", path).isNull();
            i = j;
        }
        return found;
    }

    private static CourseDefinition course() {
        assertThat(result.valid()).as("the example course is valid; errors:%n%s",
                result.errors().stream().map(String::valueOf).collect(Collectors.joining("\n"))).isTrue();
        return result.course().orElseThrow();
    }

    @Test
    void the_readme_gives_every_file_of_the_example_course() {
        assertThat(files).containsOnlyKeys("course.yaml", "lessons/indicators.ro.md", "lessons/indicators.en.md",
                "lessons/first-contact.ro.md", "lessons/first-contact.en.md", "quizzes/knowledge-check.yaml",
                "quizzes/attitudes.yaml", "assets/semne.svg");
    }

    @Test
    void the_example_course_in_the_readme_is_accepted_by_the_loader() {
        assertThat(result.errors()).as("errors of the example course").isEmpty();
        CourseDefinition course = course();
        assertThat(course.slug()).isEqualTo("example-course");
        assertThat(course.version()).isEqualTo(CourseArchive.contentHash(files));
    }

    @Test
    void the_example_course_has_two_modules_with_its_lessons_and_quizzes() {
        CourseDefinition course = course();
        assertThat(course.modules()).extracting(ModuleDefinition::slug).containsExactly("recognise", "respond");
        assertThat(course.items()).containsExactly(new ItemRef(ItemKind.QUIZ, "attitudes"),
                new ItemRef(ItemKind.LESSON, "indicators"), new ItemRef(ItemKind.LESSON, "first-contact"),
                new ItemRef(ItemKind.QUIZ, "knowledge-check"));
        assertThat(course.lessons()).containsOnlyKeys("indicators", "first-contact");
        assertThat(course.lessons().get("indicators").title().ro()).isEqualTo("Semnele traficului de persoane");
        assertThat(course.lessons().get("indicators").title().en()).isEqualTo("Signs of human trafficking");
        assertThat(course.quizzes()).containsOnlyKeys("knowledge-check", "attitudes");
        assertThat(course.quizzes().get("knowledge-check").kind()).isEqualTo(QuizKind.GRADED);
        assertThat(course.quizzes().get("attitudes").kind()).isEqualTo(QuizKind.ATTITUDE_SURVEY);
        assertThat(course.completion().requiredItems()).containsExactlyInAnyOrder("indicators", "first-contact",
                "knowledge-check");
        assertThat(course.certificate()).isPresent();
    }

    @Test
    void every_question_type_appears_in_the_example() {
        CourseDefinition course = course();
        Map<String, List<QuestionType>> types = course.quizzes().values().stream().collect(Collectors.toMap(
                QuizDefinition::slug, q -> q.questions().stream().map(Question::type).toList()));
        assertThat(types.get("knowledge-check")).containsExactly(QuestionType.SINGLE, QuestionType.MULTIPLE,
                QuestionType.TRUE_FALSE, QuestionType.MATCHING, QuestionType.ORDERING, QuestionType.SCENARIO);
        assertThat(types.get("attitudes")).containsExactly(QuestionType.LIKERT, QuestionType.LIKERT);
        assertThat(types.values().stream().flatMap(List::stream)).contains(QuestionType.values());
    }

    @Test
    void the_example_scenario_has_three_steps_one_bad_ending_and_one_good_ending() {
        Question.Scenario scenario = course().quizzes().get("knowledge-check").questions().stream()
                .filter(Question.Scenario.class::isInstance).map(Question.Scenario.class::cast).findFirst()
                .orElseThrow();
        assertThat(scenario.steps()).hasSize(3);
        Map<Boolean, Long> endings = scenario.steps().stream().flatMap(s -> s.choices().stream())
                .map(Question.StepChoice::end).filter(e -> e != null)
                .collect(Collectors.groupingBy(Question.Ending::good, Collectors.counting()));
        assertThat(endings).containsExactlyInAnyOrderEntriesOf(Map.of(true, 1L, false, 1L));
    }

    @Test
    void the_lesson_image_of_the_example_is_a_valid_svg() throws Exception {
        CourseDefinition course = course();
        assertThat(course.lessons().get("indicators").markdown().ro()).contains("](assets/semne.svg)");
        assertThat(course.lessons().get("indicators").markdown().en()).contains("](assets/semne.svg)");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(files.get("assets/semne.svg")));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    }

    @Test
    void the_readme_never_uses_cedilla_letters() {
        Function<String, List<String>> offending = text -> text.lines()
                .filter(line -> line.matches(".*[\u015E\u015F\u0162\u0163].*")).toList();
        assertThat(offending.apply(readme)).as("lines with s or t with a cedilla").isEmpty();
    }
}
