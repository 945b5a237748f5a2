package ro.semnal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import ro.semnal.accounts.Role;
import ro.semnal.assessment.Answer;
import ro.semnal.assessment.AssessmentService;
import ro.semnal.assessment.AttemptResult;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.learning.LearningService;
import ro.semnal.testsupport.MutableClock;
import ro.semnal.testsupport.MutableClockConfig;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

/**
 * The attacker is the learner racing the clock of a timed exam (10 minutes): the server's clock decides, so
 * answers and submits after the deadline change nothing.
 */
@SpringBootTest
@Import(MutableClockConfig.class)
class DeadlineIT {

    @Autowired
    AssessmentService assessment;
    @Autowired
    LearningService learning;
    @Autowired
    TestUsers users;
    @Autowired
    SignIn signIn;
    @Autowired
    MutableClock clock;

    private long attempt;
    private Instant deadline;

    @BeforeEach
    void startTimedExam() {
        signIn.as(users.create("Examinat Întârziat", Role.LEARNER));
        learning.enrol("quiz-course");
        attempt = assessment.start("quiz-course", "exam");
        deadline = assessment.page(attempt).deadline();
        assessment.answer(attempt, "single", new Answer.Choice(Set.of("fine")));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void an_answer_one_second_after_the_deadline_is_refused_and_changes_no_saved_answer() {
        clock.advance(Duration.between(clock.instant(), deadline).plusSeconds(1));

        assertThatThrownBy(() -> assessment.answer(attempt, "single", new Answer.Choice(Set.of("safety"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("answer", "assessment.error.timeUp")).isTrue());
        assertThatThrownBy(() -> assessment.answer(attempt, "single", new Answer.Choice(Set.of("safety"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("answer", "assessment.error.submitted")).isTrue());
        AttemptResult result = assessment.result(attempt);
        assertThat(result.items()).filteredOn(i -> i.questionId().equals("single")).singleElement()
                .satisfies(item -> assertThat(item.score()).isZero());
    }

    @Test
    void an_answer_exactly_at_the_deadline_still_counts() {
        clock.advance(Duration.between(clock.instant(), deadline));
        assessment.answer(attempt, "single", new Answer.Choice(Set.of("safety")));
        clock.advance(Duration.ofSeconds(1));
        assertThat(assessment.submit(attempt).items()).filteredOn(i -> i.questionId().equals("single")).singleElement()
                .satisfies(item -> assertThat(item.score()).isPositive());
    }

    @Test
    void a_submit_after_the_time_out_is_recorded_as_submitted_automatically_at_the_deadline() {
        clock.advance(Duration.ofMinutes(30));

        AttemptResult result = assessment.submit(attempt);

        assertThat(result.autoSubmitted()).isTrue();
        assertThat(result.submittedAt()).isEqualTo(deadline);
    }
}
