package ro.semnal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ro.semnal.SemnalApplication;
import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.learning.LearningService;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/**
 * A server restart loses no answer: the application is started on a database file, an attempt is
 * answered, the application is stopped, started again on the same file, and the learner resumes.
 */
class AttemptSurvivesRestartIT {

    private static ConfigurableApplicationContext start(Path database) {
        return new SpringApplicationBuilder(SemnalApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + database + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                "--spring.profiles.active=test", "--server.port=0",
                "--semnal.catalog.folder=src/test/resources/courses");
    }

    @Test
    void answers_saved_before_a_restart_are_there_after_it() throws Exception {
        Path database = Files.createTempDirectory("semnal-restart").resolve("semnal");
        String email;
        long attempt;
        try (ConfigurableApplicationContext first = start(database)) {
            UserAccount learner = first.getBean(TestUsers.class).create("Cursant Repornire", Role.LEARNER);
            email = learner.email();
            first.getBean(SignIn.class).as(learner);
            first.getBean(LearningService.class).enrol("quiz-course");
            AssessmentService assessment = first.getBean(AssessmentService.class);
            attempt = assessment.start("quiz-course", "exam");
            assessment.answer(attempt, "single", new Answer.Choice(Set.of("safety")));
            assessment.answer(attempt, "case", new Answer.Scenario(List.of("alone", "helpline")));
            first.getBean(SignIn.class).out();
        }

        try (ConfigurableApplicationContext second = start(database)) {
            UserAccount learner = second.getBean(AccountService.class).findByEmail(email).orElseThrow();
            second.getBean(SignIn.class).as(learner);
            AssessmentService assessment = second.getBean(AssessmentService.class);
            assertThat(assessment.start("quiz-course", "exam")).as("the same attempt resumes").isEqualTo(attempt);
            AttemptPage page = assessment.page(attempt);
            assertThat(page.answered()).isEqualTo(2);
            assertThat(page.questions()).filteredOn(q -> q.id().equals("single")).singleElement()
                    .satisfies(q -> assertThat(q.answer()).isEqualTo(new Answer.Choice(Set.of("safety"))));
            second.getBean(SignIn.class).out();
        }
    }
}
