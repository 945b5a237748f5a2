package ro.semnal.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import ro.semnal.SemnalApplication;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/**
 * Two application nodes on one database (MariaDB under the mysql profile, an H2 file otherwise), both
 * running the clustered scheduler: a session reminder fires on one node only, and sending it from both
 * nodes still delivers one mail.
 */
class TwoNodesIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3026, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static ConfigurableApplicationContext node(String database) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=3026", "--semnal.catalog.folder=src/test/resources/courses"));
        if (database != null) {
            args.add("--spring.profiles.active=test");
            args.add("--spring.datasource.url=" + database);
        }
        return new SpringApplicationBuilder(SemnalApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void a_session_reminder_is_sent_once_by_two_nodes() throws Exception {
        boolean mariadb = System.getProperty("spring.profiles.active", "").contains("mysql");
        String database = mariadb ? null : "jdbc:h2:file:" + Files.createTempDirectory("semnal-nodes").resolve("db")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        try (ConfigurableApplicationContext first = node(database); ConfigurableApplicationContext second = node(database)) {
            UserAccount trainer = first.getBean(TestUsers.class).create("Formator Noduri", Role.TRAINER);
            UserAccount learner = first.getBean(TestUsers.class).create("Cursant Noduri", Role.LEARNER);
            first.getBean(SignIn.class).as(trainer);
            CohortService cohorts = first.getBean(CohortService.class);
            CohortSummary cohort = cohorts.create(new CohortForm("Grupa noduri " + System.nanoTime(),
                    Set.of("lessons-only"), LocalDate.now(), LocalDate.now().plusDays(30), 10, Set.of(trainer.id()), 0));
            cohorts.addMembers(cohort.id(), Set.of(learner.id()));
            Instant start = Instant.now().plus(Duration.ofHours(24)).plusSeconds(4);
            SessionView session = first.getBean(SessionService.class).schedule(cohort.id(), new SessionForm(
                    "Sesiune în cluster", SessionMode.ONLINE, "https://meet.example.ro/n", null, null, start,
                    start.plus(Duration.ofHours(1)), null, null));
            first.getBean(SignIn.class).out();

            Instant deadline = Instant.now().plusSeconds(60);
            while (mailsTo(learner.email()) == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            assertThat(mailsTo(learner.email())).as("the 24h reminder fired").isEqualTo(1);
            assertThat(first.getBean(SessionService.class).sendReminder(session.id(), "24h")).isZero();
            assertThat(second.getBean(SessionService.class).sendReminder(session.id(), "24h")).isZero();
            Thread.sleep(1000);
            assertThat(mailsTo(learner.email())).isEqualTo(1);
        }
    }

    private static long mailsTo(String email) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

}
