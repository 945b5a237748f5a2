package ro.semnal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.tabs.TabSheet;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Registration;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CatalogService;
import ro.semnal.certificates.CertificateService;
import ro.semnal.certificates.CertificateView;
import ro.semnal.cohorts.CohortForm;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.cohorts.ImportPreview;
import ro.semnal.cohorts.SessionForm;
import ro.semnal.cohorts.SessionMode;
import ro.semnal.cohorts.SessionService;
import ro.semnal.learning.LearningService;
import ro.semnal.notifications.NotificationService;
import ro.semnal.notifications.NotificationView;
import ro.semnal.testsupport.KaribuTest;
import ro.semnal.testsupport.TestUsers;

/**
 * The attacker types markup wherever the application takes text (profile, cohort and session fields, a CSV
 * import, a course's YAML and Markdown) and waits for someone to look at it: in the UI, in a PDF certificate,
 * in an e-mail. It must be shown as the text it is, and never run.
 */
class StoredXssUiIT extends KaribuTest {

    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "<script>alert('xss')</script>";

    static final Path COURSES = hostileCourses();

    @DynamicPropertySource
    static void coursesFolder(DynamicPropertyRegistry registry) {
        registry.add("semnal.catalog.folder", COURSES::toString);
    }

    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    SessionService sessions;
    @Autowired
    LearningService learning;
    @Autowired
    CatalogService catalog;
    @Autowired
    CertificateService certificates;
    @Autowired
    NotificationService notifications;

    /** The test courses plus a course whose titles, module names and lesson are all attacks. */
    static Path hostileCourses() {
        try {
            Path target = Files.createTempDirectory("semnal-hostile-courses");
            Path source = Path.of("src/test/resources/courses/lessons-only");
            Path course = target.resolve("lessons-only");
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.sorted().toList()) {
                    Path copy = course.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(path, copy);
                    }
                }
            }
            Path hostile = target.resolve("hostile-course");
            Files.createDirectories(hostile.resolve("lessons"));
            Files.writeString(hostile.resolve("course.yaml"), """
                    slug: hostile-course
                    title:
                      ro: "%1$s Curs ostil"
                      en: "%2$s Hostile course"
                    summary:
                      ro: "%2$s rezumat"
                      en: "%1$s summary"
                    professions: all
                    hours: 1
                    modules:
                      - slug: only
                        title: {ro: "%1$s modul", en: "%1$s module"}
                        items:
                          - lesson: attack
                    certificate:
                      hours: 1
                    """.formatted(IMG, SCRIPT));
            for (String language : new String[] {"ro", "en"}) {
                Files.writeString(hostile.resolve("lessons/attack." + language + ".md"), """
                        # Lecția ostilă %1$s

                        Text sigur de citit.

                        %2$s
                        <img src="x" onerror="alert(2)">
                        <a href="javascript:alert(3)">link js</a>
                        <a href="  JaVaScRiPt:alert(5)">alt link</a>
                        <iframe src="https://evil.example"></iframe>
                        <p style="background:url(javascript:alert(6))" onclick="alert(7)">paragraf</p>
                        <svg onload="alert(8)"></svg>
                        <form action="https://evil.example"><input name="parola"></form>

                        ![imagine](javascript:alert(9)) [link markdown](javascript:alert(4))
                        [date](data:text/html;base64,PHNjcmlwdD4=) [ascuns](jav&#x09;ascript:alert(10))

                        ## Surse

                        - [ILO](https://www.ilo.org)
                        """.formatted(IMG, SCRIPT));
            }
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private UserAccount learnerFrom(String institution) {
        return accounts.create(new Registration("Ana Atacatoare", TestUsers.uniqueEmail("ana"), TestUsers.PASSWORD,
                TestUsers.PASSWORD, Profession.TEACHER, institution, County.CJ, Language.RO), Set.of(Role.LEARNER));
    }

    @Test
    void markup_in_a_name_is_refused_at_registration_and_in_a_csv_import() {
        for (String name : new String[] {IMG, SCRIPT, "Ana " + IMG}) {
            assertThatThrownBy(() -> accounts.register(TestUsers.registration(name, TestUsers.uniqueEmail("x"))))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.hasError("fullName", "validation.fullName.characters")).isTrue());
        }
        UserAccount trainer = users.create("Formator Import", Role.TRAINER);
        signIn.as(trainer);
        CohortSummary cohort = cohorts.create(new CohortForm("Grupa Import", Set.of("lessons-only"), LocalDate.now(),
                LocalDate.now().plusMonths(1), 10, Set.of(trainer.id()), 0));
        ImportPreview preview = cohorts.previewImport(cohort.id(), ("name;email;profession;institution;county\n" + IMG
                + ";" + TestUsers.uniqueEmail("imp") + ";teacher;Școala 1;CJ\n").getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(ImportPreview.Action.ERROR);
            assertThat(row.messageKeys()).contains("validation.fullName.characters");
        });
    }

    @Test
    void markup_in_institution_cohort_and_session_fields_is_shown_as_text_to_trainers_learners_and_admins() {
        UserAccount learner = learnerFrom(IMG + " Școala");
        UserAccount trainer = users.create("Formator Țintă", Role.TRAINER);
        signIn.as(trainer);
        CohortSummary cohort = cohorts.create(new CohortForm(SCRIPT + " Grupa", Set.of("lessons-only"), LocalDate.now(),
                LocalDate.now().plusMonths(1), 10, Set.of(trainer.id()), 0));
        cohorts.addMembers(cohort.id(), Set.of(learner.id()));
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        sessions.schedule(cohort.id(), new SessionForm(IMG + " Atelier", SessionMode.IN_PERSON, null, SCRIPT,
                IMG, start, start.plus(Duration.ofHours(1)), 10, SCRIPT));

        login(trainer);
        UI.getCurrent().navigate("trainer");
        assertThat(Inert.assertNothingRuns()).contains(SCRIPT + " Grupa");
        UI.getCurrent().navigate("trainer/cohort/" + cohort.id());
        TabSheet tabs = _get(TabSheet.class);
        StringBuilder shown = new StringBuilder(Inert.assertNothingRuns());
        for (int tab = 1; tab < tabs.getTabCount(); tab++) {
            tabs.setSelectedIndex(tab);
            shown.append(Inert.assertNothingRuns());
        }
        assertThat(shown).contains(SCRIPT + " Grupa", IMG + " Atelier");

        login(learner);
        assertThat(Inert.assertNothingRuns()).contains("Ana Atacatoare");
        UI.getCurrent().navigate("my-sessions");
        assertThat(Inert.assertNothingRuns()).contains(IMG + " Atelier", SCRIPT + " Grupa");

        login(users.create("Administrator Atent", Role.ADMIN));
        UI.getCurrent().navigate("admin/users");
        _get(com.vaadin.flow.component.textfield.TextField.class).setValue(learner.email());
        assertThat(Inert.assertNothingRuns()).contains(IMG + " Școala");
    }

    @Test
    void course_markdown_with_raw_html_and_script_links_is_rendered_inert_and_its_titles_as_text() {
        assertThat(catalog.course("hostile-course")).as("the hostile course is published").isPresent();
        login(users.create("Cursant Curios", Role.LEARNER));
        UI.getCurrent().navigate("catalog");
        assertThat(Inert.assertNothingRuns()).contains(IMG + " Curs ostil");
        UI.getCurrent().navigate("course/hostile-course");
        assertThat(Inert.assertNothingRuns()).contains(IMG + " Curs ostil", IMG + " modul");
        learning.enrol("hostile-course");
        UI.getCurrent().navigate("course/hostile-course/lesson/attack");

        String shown = Inert.assertNothingRuns();
        String lesson = String.valueOf(_get(Html.class, spec -> spec.withId("lesson-content")).getElement()
                .getPropertyRaw("innerHTML"));
        assertThat(shown).contains("Lecția ostilă", IMG + " Curs ostil");
        assertThat(lesson).contains("Text sigur de citit.", "link js", "link markdown", "paragraf", "ascuns",
                "href=\"https://www.ilo.org\"").doesNotContain("<script", "onerror", "onclick", "javascript", "<iframe",
                "<svg", "<form", "<input", "style=", "data:");
    }

    @Test
    void markup_in_a_course_title_is_printed_as_text_on_the_pdf_certificate_and_the_verification_page()
            throws Exception {
        UserAccount learner = learnerFrom(SCRIPT + " Școala");
        signIn.as(learner);
        learning.enrol("hostile-course");
        learning.openLesson("hostile-course", "attack");
        learning.markLessonDone("hostile-course", "attack");
        CertificateView certificate = certificates.myCertificates().getFirst();

        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(
                certificates.pdf(certificate.code()))))) {
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getFirstPage()).replaceAll("\\s+", " "))
                    .contains(IMG + " Curs ostil").contains(SCRIPT + " Hostile course");
        }
        signIn.out();
        UI.getCurrent().navigate("verify/" + certificate.code());
        assertThat(Inert.assertNothingRuns()).contains(IMG + " Curs ostil");
    }

    @Test
    void markup_in_a_cohort_name_reaches_an_invitation_e_mail_only_as_plain_text() {
        UserAccount trainer = users.create("Formator Invitații", Role.TRAINER);
        signIn.as(trainer);
        CohortSummary cohort = cohorts.create(new CohortForm(IMG + " Invitați", Set.of("lessons-only"), LocalDate.now(),
                LocalDate.now().plusMonths(1), 10, Set.of(trainer.id()), 0));
        String email = TestUsers.uniqueEmail("invitat");
        cohorts.confirmImport(cohort.id(), ("name;email;profession;institution;county\nIon Invitat;" + email
                + ";teacher;Școala 1;CJ\n").getBytes(StandardCharsets.UTF_8));

        signIn.as(users.create("Administrator Poștă", Role.ADMIN));
        NotificationView mail = notifications.recent(PageRequest.of(0, 500)).stream()
                .filter(n -> n.recipientEmail().equals(email)).findFirst().orElseThrow();
        assertThat(mail.subject()).contains(IMG + " Invitați");
        assertThat(mail.body()).contains(IMG + " Invitați").doesNotContain("&lt;", "<html", "<body");
    }
}
