package ro.semnal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ro.semnal.accounts.Role;
import ro.semnal.base.i18n.Language;
import ro.semnal.catalog.content.CourseArchive;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/** Importing courses from a folder (a private copy of the test courses) and from uploaded zips. */
@SpringBootTest
class CourseImportIT {

    static final Path FOLDER = copyOfTestCourses();

    @DynamicPropertySource
    static void coursesFolder(DynamicPropertyRegistry registry) {
        registry.add("semnal.catalog.folder", FOLDER::toString);
    }

    @Autowired
    CatalogService catalog;
    @Autowired
    CourseImporter importer;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;
    @Autowired
    ro.semnal.learning.LearningService learning;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    static Path copyOfTestCourses() {
        try {
            Path target = Files.createTempDirectory("semnal-courses");
            Path source = Path.of("src/test/resources/courses");
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.sorted().toList()) {
                    Path copy = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(path, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SortedMap<String, byte[]> files(String course) throws Exception {
        return new TreeMap<>(CourseArchive.readFolder(Path.of("src/test/resources/courses", course)));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void the_courses_folder_is_imported_on_start_up_and_served() {
        assertThat(catalog.courses()).extracting(CourseDefinition::slug).contains("lessons-only", "advanced-course");
        assertThat(catalog.course("lessons-only").orElseThrow().items()).extracting(ItemRef::slug)
                .containsExactly("intro", "signs", "referral");
    }

    @Test
    void reloading_an_unchanged_folder_imports_nothing_again() {
        signIn.as(users.create("Admin Reload", Role.ADMIN));
        ImportReport report = catalog.reload();
        assertThat(report.results()).extracting(CourseImportResult::status).containsOnly(ImportStatus.UNCHANGED);
    }

    @Test
    void a_broken_course_is_refused_with_every_error_and_the_version_served_stays() throws Exception {
        String served = catalog.course("lessons-only").orElseThrow().version();
        SortedMap<String, byte[]> broken = files("lessons-only");
        broken.remove("lessons/signs.en.md");
        broken.put("course.yaml", new String(broken.get("course.yaml"), StandardCharsets.UTF_8)
                .replace("professions: [police-officer]", "professions: [pilot]").getBytes(StandardCharsets.UTF_8));

        ImportReport report = importer.importBatch(Map.of("lessons-only", broken), "test");

        CourseImportResult result = report.results().getFirst();
        assertThat(result.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(result.errors()).extracting(e -> e.file() + ":" + e.line() + " " + e.code())
                .containsExactlyInAnyOrder("course.yaml:9 unknownProfession", "course.yaml:16 missingFile");
        assertThat(catalog.course("lessons-only").orElseThrow().version()).isEqualTo(served);
        assertThat(catalog.lesson("lessons-only", "signs", Language.EN)).isPresent();
    }

    @Test
    void a_prerequisite_that_names_no_course_is_refused_at_its_line() throws Exception {
        SortedMap<String, byte[]> files = files("advanced-course");
        files.put("course.yaml", new String(files.get("course.yaml"), StandardCharsets.UTF_8)
                .replace("  - lessons-only", "  - no-such-course").getBytes(StandardCharsets.UTF_8));
        CourseImportResult result = importer.importBatch(Map.of("advanced-course", files), "test").results().getFirst();
        assertThat(result.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(result.errors()).extracting(e -> e.line() + " " + e.code() + " " + e.args())
                .containsExactly("12 unknownSlug [no-such-course]");
    }

    @Test
    void an_uploaded_zip_of_a_new_course_is_imported_and_written_to_the_courses_folder() throws Exception {
        signIn.as(users.create("Admin Upload", Role.ADMIN));
        SortedMap<String, byte[]> files = files("lessons-only");
        String manifest = new String(files.get("course.yaml"), StandardCharsets.UTF_8).replace("slug: lessons-only",
                "slug: uploaded-course");
        Map<String, byte[]> entries = new TreeMap<>();
        files.forEach((path, content) -> entries.put("uploaded-course/" + path, content));
        entries.put("uploaded-course/course.yaml", manifest.getBytes(StandardCharsets.UTF_8));

        ImportReport report = catalog.importZip(new ByteArrayInputStream(zip(entries)));

        assertThat(report.results()).extracting(CourseImportResult::status).containsExactly(ImportStatus.IMPORTED);
        assertThat(catalog.course("uploaded-course")).isPresent();
        assertThat(FOLDER.resolve("uploaded-course/lessons/intro.ro.md")).exists();
        try (Stream<Path> leftovers = Files.list(FOLDER)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void a_zip_that_escapes_its_folder_is_refused_and_writes_nothing() throws Exception {
        signIn.as(users.create("Admin Hostile", Role.ADMIN));
        ImportReport report = catalog.importZip(new ByteArrayInputStream(zip(Map.of(
                "course.yaml", "slug: evil".getBytes(StandardCharsets.UTF_8),
                "../../evil.txt", "pwned".getBytes(StandardCharsets.UTF_8)))));
        assertThat(report.results().getFirst().status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(report.results().getFirst().errors().getFirst().code()).isEqualTo("archive.pathTraversal");
        assertThat(FOLDER.getParent().resolve("evil.txt")).doesNotExist();
        assertThat(catalog.course("evil")).isEmpty();
    }

    @Test
    void progress_survives_a_reimport_of_edited_reordered_and_extended_content()
            throws Exception {
        SortedMap<String, byte[]> files = files("lessons-only");
        String manifest = new String(files.get("course.yaml"), StandardCharsets.UTF_8)
                .replace("slug: lessons-only", "slug: reimport-course");
        files.put("course.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importBatch(Map.of("reimport-course", files), "test").results().getFirst().status())
                .isEqualTo(ImportStatus.IMPORTED);
        signIn.as(users.create("Cursant Reimport", Role.LEARNER));
        learning.enrol("reimport-course");
        for (String lesson : new String[] {"intro", "signs", "referral"}) {
            learning.openLesson("reimport-course", lesson);
            learning.markLessonDone("reimport-course", lesson);
        }
        String before = catalog.course("reimport-course").orElseThrow().version();

        SortedMap<String, byte[]> edited = new TreeMap<>(files);
        edited.put("course.yaml", manifest.replace("      - lesson: intro\n      - lesson: signs",
                "      - lesson: signs\n      - lesson: intro\n      - lesson: new-one").getBytes(StandardCharsets.UTF_8));
        edited.put("lessons/new-one.ro.md", "# Nouă\n\nText.\n\n## Surse\n\n- ILO\n".getBytes(StandardCharsets.UTF_8));
        edited.put("lessons/new-one.en.md", "# New\n\nText.\n\n## Sources\n\n- ILO\n".getBytes(StandardCharsets.UTF_8));
        edited.put("lessons/intro.ro.md", "# Lecția intro, revizuită\n\nText nou.\n\n## Surse\n\n- ILO\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importBatch(Map.of("reimport-course", edited), "test").results().getFirst().status())
                .isEqualTo(ImportStatus.IMPORTED);

        CourseDefinition course = catalog.course("reimport-course").orElseThrow();
        assertThat(course.version()).isNotEqualTo(before);
        assertThat(course.items()).extracting(ItemRef::slug).containsExactly("signs", "intro", "new-one", "referral");
        var progress = learning.progress("reimport-course");
        assertThat(progress.status("signs")).isEqualTo(ro.semnal.learning.ItemStatus.DONE);
        assertThat(progress.status("intro")).isEqualTo(ro.semnal.learning.ItemStatus.DONE);
        assertThat(progress.status("new-one")).isEqualTo(ro.semnal.learning.ItemStatus.NOT_STARTED);
        assertThat(progress.status()).as("completed before the edit").isEqualTo(ro.semnal.learning.CourseStatus.COMPLETED);
    }

    @Test
    void lessons_are_served_as_sanitised_html_with_asset_links_and_assets_only_from_the_assets_folder() {
        LessonContent lesson = catalog.lesson("lessons-only", "intro", Language.RO).orElseThrow();
        assertThat(lesson.title()).isEqualTo("Lecția intro");
        assertThat(lesson.fallback()).isFalse();
        assertThat(lesson.html()).contains("ș, ț, ă, î, â").contains("/course-assets/lessons-only/")
                .contains("/assets/diagram.svg");
        assertThat(catalog.asset("lessons-only", "assets/diagram.svg")).isPresent();
        assertThat(catalog.asset("lessons-only", "course.yaml")).isEmpty();
        assertThat(catalog.asset("lessons-only", "assets/../course.yaml")).isEmpty();
    }
}
