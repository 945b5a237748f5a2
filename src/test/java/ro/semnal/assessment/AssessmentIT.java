package ro.semnal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;

import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.learning.CourseStatus;
import ro.semnal.learning.LearningService;
import ro.semnal.testsupport.MutableClock;
import ro.semnal.testsupport.MutableClockConfig;
import ro.semnal.testsupport.SignIn;
import ro.semnal.testsupport.TestUsers;

@SpringBootTest
@Import({MutableClockConfig.class, AssessmentIT.PassedCounter.class})
class AssessmentIT {

    @TestConfiguration
    static class PassedCounter {
        final AtomicInteger passed = new AtomicInteger();

        @EventListener
        void on(QuizPassed event) {
            passed.incrementAndGet();
        }
    }

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
    @Autowired
    PassedCounter counter;

    UserAccount learner;

    @BeforeEach
    void enrolledLearner() {
        learner = users.create("Examinat Atent", Role.LEARNER);
        signIn.as(learner);
        learning.enrol("quiz-course");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static final Map<String, Answer> PERFECT = Map.of(
            "single", new Answer.Choice(Set.of("safety")),
            "multiple", new Answer.Choice(Set.of("documents", "debt")),
            "truth", new Answer.Choice(Set.of("false")),
            "match", new Answer.Matching(Map.of("child", "child", "adult", "adult")),
            "order", new Answer.Ordering(List.of("notify", "identity", "rights")),
            "case", new Answer.Scenario(List.of("alone", "helpline")));

    private void answerAll(long attempt, Map<String, Answer> answers) {
        answers.forEach((question, answer) -> assessment.answer(attempt, question, answer));
    }

    @Test
    void starting_draws_the_configured_questions_and_a_reload_shows_the_same_attempt() {
        long attempt = assessment.start("quiz-course", "exam");
        AttemptPage first = assessment.page(attempt);
        assertThat(first.questions()).hasSize(6);
        assertThat(assessment.start("quiz-course", "exam")).isEqualTo(attempt);
        AttemptPage again = assessment.page(attempt);
        assertThat(again.questions()).extracting(AttemptPage.ShownQuestion::id)
                .containsExactlyElementsOf(first.questions().stream().map(AttemptPage.ShownQuestion::id).toList());
        assertThat(again.questions()).extracting(q -> q.options().stream().map(AttemptPage.ShownOption::id).toList())
                .containsExactlyElementsOf(first.questions().stream()
                        .map(q -> q.options().stream().map(AttemptPage.ShownOption::id).toList()).toList());
        assertThat(first.timeLeft()).isBetween(Duration.ofMinutes(10).minusSeconds(1), Duration.ofMinutes(10));
    }

    @Test
    void answers_are_saved_as_given_and_shown_again() {
        long attempt = assessment.start("quiz-course", "exam");
        assessment.answer(attempt, "single", new Answer.Choice(Set.of("fine")));
        assessment.answer(attempt, "single", new Answer.Choice(Set.of("safety")));
        assessment.answer(attempt, "case", new Answer.Scenario(List.of("alone")));
        AttemptPage page = assessment.page(attempt);
        assertThat(page.questions()).filteredOn(q -> q.id().equals("single")).singleElement()
                .satisfies(q -> assertThat(q.answer()).isEqualTo(new Answer.Choice(Set.of("safety"))));
        assertThat(page.questions()).filteredOn(q -> q.id().equals("case")).singleElement().satisfies(q -> {
            assertThat(q.steps()).extracting(AttemptPage.ShownStep::id).containsExactly("start", "refer");
            assertThat(q.scenarioEnded()).isFalse();
            assertThat(q.isAnswered()).isFalse();
        });
    }

    @Test
    void a_perfect_attempt_passes_completes_the_required_quiz_and_publishes_quiz_passed_once() {
        learning.openLesson("quiz-course", "reading");
        learning.markLessonDone("quiz-course", "reading");
        int before = counter.passed.get();
        long attempt = assessment.start("quiz-course", "exam");
        answerAll(attempt, PERFECT);

        AttemptResult result = assessment.submit(attempt);

        assertThat(result.percent()).isEqualTo(100.0);
        assertThat(result.passed()).isTrue();
        assertThat(result.competencies()).containsKeys("identification", "first-response", "referral", "legal-framework");
        assertThat(result.items()).hasSize(6);
        assertThat(counter.passed.get()).isEqualTo(before + 1);
        assertThat(learning.progress("quiz-course").status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(assessment.submit(attempt).percent()).isEqualTo(100.0);
        assertThat(counter.passed.get()).as("a second submit grades nothing").isEqualTo(before + 1);
    }

    @Test
    void wrong_answers_fail_and_the_review_shows_the_correct_answer_explanation_and_source() {
        long attempt = assessment.start("quiz-course", "exam");
        assessment.answer(attempt, "single", new Answer.Choice(Set.of("fine")));
        AttemptResult result = assessment.submit(attempt);
        assertThat(result.percent()).isEqualTo(0.0);
        assertThat(result.passed()).isFalse();
        assertThat(result.items()).filteredOn(i -> i.questionId().equals("single")).singleElement().satisfies(i -> {
            assertThat(i.yourAnswer()).containsExactly("Amenda");
            assertThat(i.correctAnswer()).containsExactly("Siguranța");
            assertThat(i.feedback()).containsExactly("FEEDBACK-SECRET-RAU");
            assertThat(i.explanation()).isEqualTo("EXPLICATIE-SECRETA-SINGLE");
            assertThat(i.source()).isEqualTo("WHO");
        });
        assertThat(learning.progress("quiz-course").status("exam")).isNotEqualTo(ro.semnal.learning.ItemStatus.DONE);
    }

    @Test
    void an_answer_after_the_deadline_is_refused_and_the_attempt_is_submitted_with_what_was_saved() {
        long attempt = assessment.start("quiz-course", "exam");
        answerAll(attempt, Map.of("single", PERFECT.get("single"), "multiple", PERFECT.get("multiple"),
                "truth", PERFECT.get("truth")));
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThatThrownBy(() -> assessment.answer(attempt, "case", PERFECT.get("case")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("answer", "assessment.error.timeUp")).isTrue());

        AttemptResult result = assessment.result(attempt);
        assertThat(result.autoSubmitted()).isTrue();
        assertThat(result.percent()).isEqualTo(50.0);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void the_scheduled_sweep_submits_expired_attempts() {
        long attempt = assessment.start("quiz-course", "exam");
        assessment.answer(attempt, "single", PERFECT.get("single"));
        clock.advance(Duration.ofMinutes(11));
        assertThat(assessment.submitExpired()).isGreaterThanOrEqualTo(1);
        assertThat(assessment.result(attempt).autoSubmitted()).isTrue();
        assertThat(assessment.submitExpired()).isZero();
    }

    @Test
    void concurrent_submits_grade_once() throws Exception {
        long attempt = assessment.start("quiz-course", "exam");
        answerAll(attempt, PERFECT);
        int before = counter.passed.get();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<AttemptResult>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<AttemptResult> submit = () -> {
                signIn.as(learner);
                go.await();
                try {
                    return assessment.submit(attempt);
                } finally {
                    signIn.out();
                }
            };
            results.add(pool.submit(submit));
        }
        go.countDown();
        for (Future<AttemptResult> result : results) {
            assertThat(result.get().percent()).isEqualTo(100.0);
        }
        pool.shutdown();
        assertThat(counter.passed.get()).isEqualTo(before + 1);
    }

    @Test
    void the_attempts_limit_refuses_a_third_attempt() {
        assessment.submit(assessment.start("quiz-course", "exam"));
        assessment.submit(assessment.start("quiz-course", "exam"));
        assertThatThrownBy(() -> assessment.start("quiz-course", "exam"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("quiz", "assessment.error.noAttemptsLeft")).isTrue());
        assertThat(assessment.intro("quiz-course", "exam").blockedReasonKey()).isEqualTo("assessment.error.noAttemptsLeft");
    }

    @Test
    void another_learner_cannot_open_answer_or_see_an_attempt() {
        long attempt = assessment.start("quiz-course", "exam");
        signIn.as(users.create("Curios Străin", Role.LEARNER));
        assertThatThrownBy(() -> assessment.page(attempt)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessment.answer(attempt, "single", PERFECT.get("single")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessment.submit(attempt)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessment.result(attempt)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessment.attemptsOf(learner.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_coordinator_sees_a_learners_attempts_and_a_trainer_without_cohorts_does_not() {
        long attempt = assessment.start("quiz-course", "exam");
        assessment.submit(attempt);
        signIn.as(users.create("Coordonator Atent", Role.COORDINATOR));
        assertThat(assessment.attemptsOf(learner.id())).extracting(AttemptSummary::attemptId).contains(attempt);
        assertThat(assessment.result(attempt).items()).isNotEmpty();
        signIn.as(users.create("Formator Fără Grupe", Role.TRAINER));
        assertThatThrownBy(() -> assessment.attemptsOf(learner.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_answer_that_does_not_fit_its_question_is_refused() {
        long attempt = assessment.start("quiz-course", "exam");
        assertThatThrownBy(() -> assessment.answer(attempt, "single", new Answer.Choice(Set.of("safety", "fine"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> assessment.answer(attempt, "case", new Answer.Scenario(List.of("helpline"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> assessment.answer(attempt, "nope", new Answer.Choice(Set.of("a"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_attitude_survey_is_recorded_without_a_score() {
        long attempt = assessment.start("quiz-course", "survey");
        assessment.answer(attempt, "consent-myth", new Answer.Likert(1));
        assessment.answer(attempt, "help", new Answer.Likert(5));
        AttemptResult result = assessment.submit(attempt);
        assertThat(result.percent()).isNegative();
        assertThat(result.competencies()).isEmpty();
        assertThat(assessment.myAttempts()).filteredOn(a -> a.attemptId() == attempt).singleElement()
                .satisfies(a -> assertThat(a.percent()).isNull());
    }

    @Test
    void a_quiz_cannot_be_started_without_enrolling() {
        signIn.as(users.create("Neînscris Grăbit", Role.LEARNER));
        assertThatThrownBy(() -> assessment.start("quiz-course", "exam"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.hasError("quiz", "assessment.error.notEnrolled")).isTrue());
    }
}
