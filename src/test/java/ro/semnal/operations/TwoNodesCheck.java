package ro.semnal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import ro.semnal.SemnalApplication;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.cohorts.CohortForm;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.cohorts.SessionForm;
import ro.semnal.cohorts.SessionMode;
import ro.semnal.cohorts.SessionService;
import ro.semnal.learning.LearningService;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;
import ro.semnal.testsupport.vaadin.QuizTab;

/**
 * Two production jars on one MariaDB/MySQL database, run by scripts/two-nodes.sh (never by `mvn verify`:
 * the class name does not end in IT). A third, in-process Spring context whose scheduler never starts
 * creates the accounts, the cohort and its sessions through the real services; the two nodes do the rest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesCheck {

    static final int LEARNERS = 30;
    static final int SESSIONS = 30;
    static final String KIND = "session-reminder-24h";
    /** A graded quiz of six questions, three of them answered by choosing options, with a 10 min time limit. */
    static final String QUIZ_COURSE = "quiz-course";
    static final String QUIZ_ROUTE = "course/" + QUIZ_COURSE + "/quiz/exam";

    private final Path jar = Path.of(property("twonodes.jar"));
    private final Path out = Path.of(property("twonodes.out"));
    private final String dbUrl = property("twonodes.db.url");
    private final String dbUser = property("twonodes.db.user");
    private final String dbPassword = System.getProperty("twonodes.db.password", "");

    private GreenMail smtp;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private ConfigurableApplicationContext client;
    private final List<UserAccount> learners = new ArrayList<>();
    private UserAccount quizLearner;
    private QuizTab tabOnA;
    private long attemptId;
    private Instant lastAnswerOnA;
    private Instant killedA;
    private final Map<String, List<String>> answeredOnA = new LinkedHashMap<>();

    record Node(String name, int port, Process process) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    @BeforeAll
    void startSmtpAndTwoNodesTogether() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Files.createDirectories(out);
        // Both nodes start at once on the empty database: Flyway's lock must let exactly one migrate.
        nodes.put("a", start("a", 18181));
        nodes.put("b", start("b", 18182));
        for (Node node : nodes.values()) {
            waitUntil(Duration.ofMinutes(5), "node " + node.name() + " healthy", () -> {
                assertThat(node.process().isAlive()).as("node %s is running (see its log)", node.name()).isTrue();
                return status(node.url("/actuator/health")) == 200;
            });
        }
        log("both nodes healthy");
        client = new SpringApplicationBuilder(SemnalApplication.class).run("--server.port=0",
                "--spring.profiles.active=test,mysql,mariadb", "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=" + dbUser, "--spring.datasource.password=" + dbPassword,
                "--spring.quartz.auto-startup=false", "--semnal.catalog.import-on-startup=false");
    }

    private Node start(String name, int port) throws IOException {
        Path log = out.resolve("node-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(property("twonodes.java"), "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port, "--spring.profiles.active=mysql,mariadb",
                // A fixed id per node, to tell them apart in Quartz's tables; failures detected within ~10 s.
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=node-" + name,
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=5000",
                "--semnal.mail.retry-interval=5s", "--semnal.mail.abandoned-after=20s",
                "--semnal.scheduling.heartbeat-seconds=5")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SEMNAL_DB_URL", dbUrl);
        env.put("SEMNAL_DB_USER", dbUser);
        env.put("SEMNAL_DB_PASSWORD", dbPassword);
        env.put("SEMNAL_ADMIN_PASSWORD", "Doua-noduri-cheie-2026");
        env.put("SEMNAL_COURSES", Path.of("src/test/resources/courses").toAbsolutePath().toString());
        env.put("SEMNAL_METRICS_PASSWORD", "twonodes-scrape");
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()));
        return new Node(name, port, builder.start());
    }

    @AfterAll
    void stopEverything() {
        if (tabOnA != null) {
            tabOnA.close();
        }
        if (client != null) {
            client.close();
        }
        nodes.values().forEach(n -> n.process().destroy());
        nodes.values().forEach(n -> n.process().onExit().join());
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void the_database_was_migrated_once_although_both_nodes_started_together() throws SQLException {
        List<String> versions = query("select version from flyway_schema_history where success = 1 and version is not null");
        assertThat(versions).isNotEmpty().doesNotHaveDuplicates();
        assertThat(query("select version from flyway_schema_history where success = 0")).isEmpty();
        log("migrations applied once each: " + versions);
    }

    @Test
    @Order(2)
    void both_nodes_serve_the_login_page_and_sign_a_learner_in() throws Exception {
        UserAccount learner = client.getBean(TestUsers.class).create("Cursant Doua Noduri", Role.LEARNER);
        for (Node node : nodes.values()) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(node.url("/login"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"ro\"");
            Map<String, String> form = new LinkedHashMap<>(Map.of("username", learner.email(), "password",
                    TestUsers.PASSWORD));
            Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
            Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page.body());
            if (csrf.find() && parameter.find()) {
                form.put(parameter.group(1), csrf.group(1));
            }
            HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(node.url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).as("node %s answers the sign-in with a redirect", node.name()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error").doesNotContain("login");
            HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(node.url("/"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).as("node %s serves the signed-in learner's home", node.name()).isEqualTo(200);
            log("node " + node.name() + ": login page served, learner signed in");
        }
    }

    @Test
    @Order(3)
    void a_learner_signed_in_on_node_a_answers_quiz_questions_through_the_vaadin_client() throws Exception {
        quizLearner = client.getBean(TestUsers.class).create("Cursant Test Doua Noduri", Role.LEARNER);
        SignIn signIn = client.getBean(SignIn.class);
        signIn.as(quizLearner);
        try {
            client.getBean(LearningService.class).enrol(QUIZ_COURSE);
        } finally {
            signIn.out();
        }
        // the tab stays open on node a until node a dies, as a browser's would
        tabOnA = new QuizTab(URI.create(nodes.get("a").url("/")), Duration.ofSeconds(60));
        tabOnA.openLogin();
        tabOnA.submitLogin(quizLearner.email(), TestUsers.PASSWORD);
        tabOnA.navigate(QUIZ_ROUTE, "start-quiz");
        tabOnA.startQuiz();
        int total = tabOnA.progress().total();
        for (int question = 1; question <= total; question++) {
            if (tabOnA.showsChoiceQuestion()) {
                QuizTab.Choice choice = tabOnA.answerFirstOption();
                answeredOnA.put(choice.questionId(), choice.options());
                lastAnswerOnA = Instant.now();
            }
            if (question < total) {
                tabOnA.next();
            }
        }
        assertThat(tabOnA.progress().answered()).as("answers the page on node a counts").isEqualTo(answeredOnA.size());
        assertThat(answeredOnA).as("the exam's choice questions (single, multiple, true-false) answered")
                .containsOnlyKeys("single", "multiple", "truth");
        attemptId = count("select id from quiz_attempt where user_id = " + quizLearner.id() + " and status = 'IN_PROGRESS'");
        log("learner signed in on node a, started attempt " + attemptId + " of " + QUIZ_ROUTE + " and answered "
                + answeredOnA.size() + " of " + total + " questions: " + answeredOnA);
    }

    @Test
    @Order(4)
    void reminders_are_sent_once_although_a_node_is_killed_in_the_middle_of_a_reminder_job() throws Exception {
        Instant firstFire = scheduleSessionsWhoseRemindersFireSoon();
        Node a = nodes.get("a");
        Node b = nodes.get("b");

        waitUntil(Duration.ofMinutes(3), "node a running a reminder job", () -> {
            assertThat(a.process().isAlive()).isTrue();
            return Instant.now().isAfter(firstFire.plusSeconds(8)) && halfSentReminderJob("node-a");
        });
        long bJobsBefore = reminderJobRuns(b);
        long beforeKill = count("select count(*) from notification where kind = '" + KIND + "'");
        a.process().destroyForcibly().waitFor();
        killedA = Instant.now();
        log("killed node a (kill -9) while it ran a reminder job; " + beforeKill + " of " + LEARNERS * SESSIONS
                + " reminders recorded so far; node b had run " + bJobsBefore + " reminder jobs");

        int expected = LEARNERS * SESSIONS;
        waitUntil(Duration.ofMinutes(4), expected + " reminders sent", () -> {
            assertThat(b.process().isAlive()).isTrue();
            return count("select count(*) from notification where kind = '" + KIND + "' and status = 'SENT'") == expected
                    && smtp.getReceivedMessages().length >= expected;
        });
        Thread.sleep(8000); // anything sent twice would arrive now

        assertThat(count("select count(*) from notification where kind = '" + KIND + "'")).isEqualTo(expected);
        MimeMessage[] mails = smtp.getReceivedMessages();
        Map<String, Long> perMail = Arrays.stream(mails).collect(Collectors.groupingBy(TwoNodesCheck::recipientAndSubject,
                Collectors.counting()));
        assertThat(mails).as("mails at the SMTP server").hasSize(expected);
        assertThat(perMail).as("each learner got each session's reminder").hasSize(expected);
        assertThat(perMail.values()).as("and none twice").containsOnly(1L);
        assertThat(reminderJobRuns(b)).as("node b ran reminder jobs after node a died").isGreaterThan(bJobsBefore);
        assertThat(query("select instance_name from QRTZ_SCHEDULER_STATE")).as("node b removed the dead node")
                .containsExactly("node-b");
        assertThat(count("select count(*) from QRTZ_FIRED_TRIGGERS where instance_name = 'node-a'"))
                .as("no trigger left acquired or executing by the dead node").isZero();
        String bLog = Files.readString(out.resolve("node-b.log"));
        assertThat(bLog).as("node b's scheduler found the dead node and recovered the job it was running")
                .contains("Scanning for instance \"node-a\"'s failed in-progress jobs")
                .containsPattern("Scheduled [1-9]\\d* recoverable job\\(s\\) for recovery");
        long late = count("select count(*) from notification where kind = '" + KIND
                + "' and timestampdiff(SECOND, created_at, sent_at) >= 20");
        log(expected + " reminders, each recorded once and received once; node b ran " + reminderJobRuns(b)
                + " reminder jobs in total; " + late + " recorded by node a but sent by node b's abandoned-mail retry");
    }

    @Test
    @Order(5)
    void no_quiz_answer_saved_on_the_killed_node_is_lost_and_node_b_grades_them() throws Exception {
        assertThat(attemptId).as("the quiz was answered on node a").isPositive();
        assertThat(nodes.get("a").process().isAlive()).as("node a was killed").isFalse();
        assertThat(query("select question_id from attempt_answer where attempt_id = " + attemptId))
                .as("attempt_answer rows of the attempt after node a's death")
                .containsExactlyInAnyOrderElementsOf(answeredOnA.keySet());
        assertThat(query("select status from quiz_attempt where id = " + attemptId))
                .as("the attempt is still open (its 10 min time limit has not run out)").containsExactly("IN_PROGRESS");

        try (QuizTab onB = new QuizTab(URI.create(nodes.get("b").url("/")), Duration.ofSeconds(60))) {
            onB.openLogin();
            onB.submitLogin(quizLearner.email(), TestUsers.PASSWORD);
            onB.navigate(QUIZ_ROUTE, "start-quiz");
            assertThat(onB.text("start-quiz")).as("node b offers to resume the attempt").isEqualTo("Continuă încercarea începută");
            onB.startQuiz();
            QuizTab.Progress progress = onB.progress();
            assertThat(progress.answered()).as("answers node b's attempt page counts").isEqualTo(answeredOnA.size());
            while (onB.progress().shown() > 1) {
                onB.previous();
            }
            Map<String, List<String>> shownOnB = new LinkedHashMap<>();
            for (int question = 1; question <= progress.total(); question++) {
                if (onB.showsChoiceQuestion()) {
                    QuizTab.Choice shown = onB.shownChoice();
                    if (!shown.options().isEmpty()) {
                        shownOnB.put(shown.questionId(), shown.options());
                    }
                }
                if (question < progress.total()) {
                    onB.next();
                }
            }
            assertThat(shownOnB).as("the options chosen on node a, shown on node b").isEqualTo(answeredOnA);

            String outcome = onB.submitAttempt();
            assertThat(outcome).as("node b's result page").matches(".*\\d+%.*");
            for (Map.Entry<String, List<String>> answer : answeredOnA.entrySet()) {
                assertThat(onB.text("review-" + answer.getKey())).as("review of %s on node b", answer.getKey())
                        .contains(String.join("; ", answer.getValue()));
            }
            onB.leave();
            log("node b, " + Duration.between(killedA, Instant.now()).toSeconds() + " s after the kill and "
                    + Duration.between(lastAnswerOnA, Instant.now()).toSeconds() + " s after the last answer on node a: attempt "
                    + attemptId + " resumed with " + progress.answered() + " answers ("
                    + shownOnB + "), submitted and graded: " + outcome);
        }
        assertThat(query("select status from quiz_attempt where id = " + attemptId)).containsExactly("SUBMITTED");
        assertThat(query("select score_percent from quiz_attempt where id = " + attemptId)).doesNotContainNull();
        log("attempt_answer rows: " + count("select count(*) from attempt_answer where attempt_id = " + attemptId)
                + "; score " + query("select score_percent from quiz_attempt where id = " + attemptId).getFirst() + " %");
    }

    /** A cohort of learners with sessions 24 h and some seconds ahead: their 24 h reminders fire over a minute. */
    private Instant scheduleSessionsWhoseRemindersFireSoon() {
        TestUsers users = client.getBean(TestUsers.class);
        SignIn signIn = client.getBean(SignIn.class);
        UserAccount trainer = users.create("Formator Cluster", Role.TRAINER);
        for (int i = 0; i < LEARNERS; i++) {
            learners.add(users.create("Cursant Cluster", Role.LEARNER));
        }
        signIn.as(trainer);
        try {
            CohortService cohorts = client.getBean(CohortService.class);
            CohortSummary cohort = cohorts.create(new CohortForm("Grupa cluster " + System.nanoTime(), Set.of("lessons-only"),
                    LocalDate.now(), LocalDate.now().plusDays(30), LEARNERS, Set.of(trainer.id()), 0));
            cohorts.addMembers(cohort.id(), learners.stream().map(UserAccount::id).collect(Collectors.toSet()));
            Instant firstFire = Instant.now().plusSeconds(20);
            for (int i = 0; i < SESSIONS; i++) {
                Instant start = firstFire.plus(Duration.ofHours(24)).plusSeconds(2L * i);
                client.getBean(SessionService.class).schedule(cohort.id(), new SessionForm("Sesiunea %02d".formatted(i),
                        SessionMode.ONLINE, "https://meet.example.ro/" + i, null, null, start, start.plus(Duration.ofHours(1)),
                        null, null));
            }
            log(SESSIONS + " sessions for " + LEARNERS + " learners: reminders fire from " + firstFire + " every 2 s");
            return firstFire;
        } finally {
            signIn.out();
        }
    }

    /**
     * Whether the node is running a reminder job that has recorded some of its mails but not half of them
     * yet: a job that still has (at 10-20 ms a mail) a hundred milliseconds or more to go.
     */
    private boolean halfSentReminderJob(String instance) throws SQLException {
        for (String job : query("select job_name from QRTZ_FIRED_TRIGGERS where instance_name = '" + instance
                + "' and state = 'EXECUTING' and job_group = 'session-reminders'")) {
            String session = job.replaceAll("^(session-\\d+)-.*", "$1");
            long recorded = count("select count(*) from notification where kind = '" + KIND + "' and subject_key = '"
                    + session + "'");
            if (recorded > 0 && recorded <= LEARNERS / 2) {
                log("node a is running " + job + ": " + recorded + " of " + LEARNERS + " mails recorded");
                return true;
            }
        }
        return false;
    }

    /** Reminder jobs the node has run, from its Prometheus metrics. */
    private long reminderJobRuns(Node node) throws Exception {
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url(
                "/actuator/prometheus"))).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("prometheus:twonodes-scrape".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("semnal_quartz_job_seconds_count\\{[^}]*group=\"session-reminders\"[^}]*result=\"success\"[^}]*} (\\S+)")
                .matcher(scrape.body());
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    private static String recipientAndSubject(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getAllRecipients()) + " " + mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private List<String> query(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                ResultSet rows = db.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(query(sql).getFirst());
    }

    private static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    interface Check {
        boolean done() throws Exception;
    }

    private static void waitUntil(Duration timeout, String what, Check check) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!check.done()) {
            assertThat(Instant.now()).as("waiting for %s", what).isBefore(deadline);
            Thread.sleep(what.contains("healthy") ? 500 : 25);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (run scripts/two-nodes.sh)", name).isNotBlank();
        return value;
    }

    private static void log(String message) {
        System.out.println("[two-nodes] " + message);
    }
}
