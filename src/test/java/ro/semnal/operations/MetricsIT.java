package ro.semnal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import io.micrometer.core.instrument.MeterRegistry;
import kotlin.jvm.functions.Function0;
import ro.semnal.accounts.Role;
import ro.semnal.assessment.AssessmentService;
import ro.semnal.learning.LearningService;
import ro.semnal.notifications.NotificationRequest;
import ro.semnal.notifications.NotificationService;
import ro.semnal.testsupport.RecordingMailConfig;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/**
 * /actuator/prometheus is open to the scrape account only, and Semnal's own meters move when what they
 * count happens: open UIs and sessions, quiz submissions, mails sent and failed, Quartz job runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"semnal.metrics.user=scraper", "semnal.metrics.password=scrape-secret-2026"})
@Import(RecordingMailConfig.class)
class MetricsIT {

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    NotificationService notifications;
    @Autowired
    AssessmentService assessment;
    @Autowired
    LearningService learning;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;
    @Autowired
    Scheduler scheduler;
    @Autowired
    org.springframework.context.ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prometheus_answers_the_scrape_account_and_refuses_everyone_else() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "scraper:wrong-password").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "admin@semnal.local:Test-admin-password-2026").statusCode())
                .as("an application account is not the scrape account").isEqualTo(401);

        HttpResponse<String> scrape = get("/actuator/prometheus", "scraper:scrape-secret-2026");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("semnal_vaadin_uis_active", "semnal_http_sessions_active",
                "semnal_mail_sent_total", "semnal_mail_failed_total", "jvm_memory_used_bytes");
        assertThat(scrape.headers().firstValue("Set-Cookie")).as("a scrape opens no session").isEmpty();
    }

    @Test
    void other_operational_endpoints_stay_closed_on_the_main_port() throws Exception {
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics")) {
            assertThat(get(path, "scraper:scrape-secret-2026").statusCode()).as(path).isNotEqualTo(200);
        }
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void an_http_session_opened_by_a_visitor_is_counted() throws Exception {
        double before = gauge(ActiveSessions.HTTP_SESSIONS);
        HttpResponse<String> login = get("/login", null);
        assertThat(login.headers().firstValue("Set-Cookie").orElse("")).contains("JSESSIONID");
        assertThat(gauge(ActiveSessions.HTTP_SESSIONS)).isEqualTo(before + 1);
    }

    @Test
    void open_vaadin_uis_and_sessions_are_counted_until_they_close() {
        double uis = gauge(ActiveSessions.UIS);
        double sessions = gauge(ActiveSessions.VAADIN_SESSIONS);
        Function0<UI> factory = UI::new;
        MockVaadin.setup(factory, new MockSpringServlet(new Routes().autoDiscoverViews("ro.semnal"), context, factory));
        try {
            assertThat(gauge(ActiveSessions.UIS)).isEqualTo(uis + 1);
            assertThat(gauge(ActiveSessions.VAADIN_SESSIONS)).isEqualTo(sessions + 1);
        } finally {
            MockVaadin.tearDown();
        }
        assertThat(gauge(ActiveSessions.UIS)).isEqualTo(uis);
        assertThat(gauge(ActiveSessions.VAADIN_SESSIONS)).isEqualTo(sessions);
    }

    @Test
    void mails_sent_and_mails_refused_are_counted_apart() {
        double sent = count("semnal.mail.sent");
        double failed = count("semnal.mail.failed");

        notifications.send(request("learner-" + UUID.randomUUID() + "@test.semnal.ro"));
        notifications.send(request("refused-" + UUID.randomUUID() + "@test.semnal.ro"));

        assertThat(count("semnal.mail.sent")).isEqualTo(sent + 1);
        assertThat(count("semnal.mail.failed")).isEqualTo(failed + 1);
    }

    @Test
    void a_graded_quiz_submission_is_counted_once() {
        signIn.as(users.create("Cursant Măsurat", Role.LEARNER));
        try {
            learning.enrol("quiz-course");
            double before = submissions();
            long attempt = assessment.start("quiz-course", "exam");

            assessment.submit(attempt);
            assessment.submit(attempt);

            assertThat(submissions()).as("a second submit grades nothing").isEqualTo(before + 1);
            assertThat(meters.get("semnal.quiz.submissions").tag("passed", "false").tag("automatic", "false")
                    .counter().count()).isPositive();
        } finally {
            signIn.out();
        }
    }

    @Test
    void a_quartz_job_run_is_timed() throws Exception {
        scheduler.triggerJob(JobKey.jobKey(SchedulingConfig.HEARTBEAT, "operations"));
        Instant deadline = Instant.now().plusSeconds(30);
        while (heartbeatRuns() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(heartbeatRuns()).isPositive();
    }

    private long heartbeatRuns() {
        var timer = meters.find(QuartzMetrics.JOB).tag("job", "HeartbeatJob").tag("result", "success").timer();
        return timer == null ? 0 : timer.count();
    }

    private double submissions() {
        return meters.find("semnal.quiz.submissions").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static NotificationRequest request(String email) {
        return new NotificationRequest(null, email, "metrics-test", "subject", "1", "Subiect", "Corp");
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private double count(String name) {
        return meters.get(name).counter().count();
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (credentials != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
