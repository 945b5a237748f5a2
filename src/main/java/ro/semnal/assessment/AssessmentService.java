package ro.semnal.assessment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.TrainerScope;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.GradingMethod;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuizDefinition;
import ro.semnal.catalog.QuizKind;
import ro.semnal.catalog.ReviewPolicy;
import ro.semnal.learning.ItemCompletions;

/**
 * Taking quizzes: attempts drawn and stored, answers saved as given, the time limit enforced from the
 * stored start and the injected clock, grading on the server once per attempt, and results as the quiz's
 * review policy allows. A learner reaches only their own attempts.
 */
@Service
public class AssessmentService {

    private final CatalogService catalog;
    private final AccountService accounts;
    private final ItemCompletions completions;
    private final QuizAttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<TrainerScope> trainerScope;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Grader grader = new Grader();
    private final SecureRandom random = new SecureRandom();

    AssessmentService(CatalogService catalog, AccountService accounts, ItemCompletions completions,
            QuizAttemptRepository attempts, AttemptAnswerRepository answers, TransactionTemplate transactions,
            ApplicationEventPublisher events, ObjectProvider<TrainerScope> trainerScope, Clock clock,
            MeterRegistry meters) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.completions = completions;
        this.attempts = attempts;
        this.answers = answers;
        this.transactions = transactions;
        this.events = events;
        this.trainerScope = trainerScope;
        this.clock = clock;
        this.meters = meters;
    }

    @PreAuthorize("isAuthenticated()")
    public QuizIntro intro(String courseSlug, String quizSlug) {
        UserAccount user = user();
        QuizDefinition quiz = quiz(courseSlug, quizSlug);
        closeIfExpired(user.id(), courseSlug, quizSlug);
        return read(() -> intro(user, courseSlug, quiz));
    }

    private QuizIntro intro(UserAccount user, String courseSlug, QuizDefinition quiz) {
        List<QuizAttempt> mine = attempts.findByUserIdAndCourseSlugAndQuizSlugOrderByAttemptNumber(user.id(),
                courseSlug, quiz.slug());
        List<QuizAttempt> submitted = mine.stream().filter(a -> !a.isOpen()).toList();
        Long open = mine.stream().filter(QuizAttempt::isOpen).map(QuizAttempt::getId).findFirst().orElse(null);
        Instant nextStart = submitted.isEmpty() || quiz.waitMinutes() == 0 ? null
                : submitted.getLast().submittedAt().plus(Duration.ofMinutes(quiz.waitMinutes()));
        String blocked = !completions.isEnrolled(user.id(), courseSlug) ? "assessment.error.notEnrolled"
                : quiz.attempts() > 0 && submitted.size() >= quiz.attempts() ? "assessment.error.noAttemptsLeft"
                : nextStart != null && clock.instant().isBefore(nextStart) ? "assessment.error.wait" : null;
        Language language = user.language();
        return new QuizIntro(courseSlug, quiz.slug(), quiz.title().orOther(language),
                quiz.intro().has(language) || quiz.intro().has(Language.RO) ? quiz.intro().orOther(language) : null,
                quiz.kind(), Math.min(quiz.draw(), quiz.questions().size()), quiz.timeLimitMinutes(), quiz.attempts(),
                submitted.size(), quiz.passMark(), quiz.grading(), boxed(result(quiz.grading(), submitted)),
                submitted.isEmpty() ? null : submitted.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed())), open,
                nextStart, blocked);
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** The score that counts, by the quiz's grading method, over the submitted attempts. */
    static OptionalDouble result(GradingMethod method, List<QuizAttempt> submitted) {
        List<Double> scores = submitted.stream().map(QuizAttempt::scorePercent).filter(s -> s != null).toList();
        if (scores.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (method) {
            case BEST -> OptionalDouble.of(scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            case FIRST -> OptionalDouble.of(scores.getFirst());
            case LAST -> OptionalDouble.of(scores.getLast());
            case AVERAGE -> scores.stream().mapToDouble(Double::doubleValue).average();
        };
    }

    /** Starts an attempt, or returns the open one: a reload or a second tab never starts another. */
    @PreAuthorize("isAuthenticated()")
    public long start(String courseSlug, String quizSlug) {
        UserAccount user = user();
        QuizDefinition quiz = quiz(courseSlug, quizSlug);
        CourseDefinition course = catalog.course(courseSlug).orElseThrow();
        closeIfExpired(user.id(), courseSlug, quizSlug);
        try {
            return transactions.execute(status -> {
                QuizIntro intro = intro(user, courseSlug, quiz);
                if (intro.openAttemptId() != null) {
                    return intro.openAttemptId();
                }
                if (intro.blockedReasonKey() != null) {
                    throw new InvalidInputException("quiz", intro.blockedReasonKey());
                }
                Instant now = clock.instant();
                Instant deadline = quiz.timeLimitMinutes() == null ? null
                        : now.plus(Duration.ofMinutes(quiz.timeLimitMinutes()));
                QuizAttempt attempt = new QuizAttempt(user.id(), courseSlug, quizSlug, quiz.kind(), course.version(),
                        intro.attemptsUsed() + 1, now, deadline, AttemptLayout.draw(quiz, random));
                return attempts.saveAndFlush(attempt).getId();
            });
        } catch (DataIntegrityViolationException startedInAnotherTab) {
            return read(() -> intro(user, courseSlug, quiz).openAttemptId());
        }
    }

    /** The open attempt as the learner sees it; an expired one is submitted first (then this refuses). */
    @PreAuthorize("isAuthenticated()")
    public AttemptPage page(long attemptId) {
        UserAccount user = user();
        closeIfExpired(attemptId, user);
        return read(() -> {
            QuizAttempt attempt = own(attemptId, user);
            if (!attempt.isOpen()) {
                throw new InvalidInputException("attempt", "assessment.error.submitted");
            }
            return page(attempt, user.language());
        });
    }

    private AttemptPage page(QuizAttempt attempt, Language language) {
        QuizDefinition quiz = quiz(attempt.courseSlug(), attempt.quizSlug());
        Map<String, Answer> saved = saved(attempt, quiz);
        AttemptPresenter presenter = new AttemptPresenter(language);
        AttemptLayout layout = attempt.layout();
        List<AttemptPage.ShownQuestion> shown = new ArrayList<>();
        for (String id : layout.questionIds()) {
            AttemptPresenter.question(quiz, id).ifPresent(q -> shown.add(presenter.shown(q, layout.order(id), saved.get(id))));
        }
        return new AttemptPage(attempt.getId(), attempt.courseSlug(), attempt.quizSlug(), quiz.title().orOther(language),
                quiz.kind(), shown, attempt.deadlineAt(), clock.instant());
    }

    private Map<String, Answer> saved(QuizAttempt attempt, QuizDefinition quiz) {
        Map<String, Question> byId = quiz.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        return answers.findByAttemptId(attempt.getId()).stream().filter(a -> byId.containsKey(a.questionId()))
                .collect(Collectors.toMap(AttemptAnswer::questionId,
                        a -> AnswerCodec.decode(byId.get(a.questionId()).type(), a.answer())));
    }

    /**
     * Saves an answer at once. Refused after the deadline (the attempt is then submitted with what was
     * saved before), after submission, or when it names options the question does not have.
     */
    @PreAuthorize("isAuthenticated()")
    public AttemptPage answer(long attemptId, String questionId, Answer answer) {
        UserAccount user = user();
        if (closeIfExpired(attemptId, user)) {
            throw new InvalidInputException("answer", "assessment.error.timeUp");
        }
        return transactions.execute(status -> {
            QuizAttempt attempt = own(attemptId, user);
            if (!attempt.isOpen()) {
                throw new InvalidInputException("answer", "assessment.error.submitted");
            }
            if (attempt.expiredAt(clock.instant())) {
                throw new InvalidInputException("answer", "assessment.error.timeUp");
            }
            QuizDefinition quiz = quiz(attempt.courseSlug(), attempt.quizSlug());
            Question question = Optional.of(questionId).filter(attempt.layout().questionIds()::contains)
                    .flatMap(id -> AttemptPresenter.question(quiz, id))
                    .orElseThrow(() -> new InvalidInputException("answer", "assessment.error.unknownQuestion"));
            AnswerCheck.requireValid(question, answer);
            AttemptAnswer row = answers.findByAttemptIdAndQuestionId(attemptId, questionId)
                    .orElseGet(() -> new AttemptAnswer(attemptId, questionId));
            row.set(AnswerCodec.encode(answer), clock.instant());
            answers.save(row);
            return page(attempt, user.language());
        });
    }

    /** Grades the attempt once; submitting again, from another tab or concurrently, returns the same result. */
    @PreAuthorize("isAuthenticated()")
    public AttemptResult submit(long attemptId) {
        UserAccount user = user();
        read(() -> own(attemptId, user));
        submitOnce(attemptId, false);
        return result(attemptId);
    }

    private void submitOnce(long attemptId, boolean automatically) {
        try {
            Boolean passed = transactions.execute(status -> grade(attemptId, automatically));
            if (passed != null) {
                Counter.builder("semnal.quiz.submissions").description("Quiz attempts submitted and graded")
                        .tag("automatic", String.valueOf(automatically)).tag("passed", passed.toString())
                        .register(meters).increment();
            }
        } catch (OptimisticLockingFailureException submittedConcurrently) {
            // the other submit graded it; its result stands
        }
    }

    /** Grades an open attempt; returns whether it passed, or null when it was already submitted. */
    private Boolean grade(long attemptId, boolean automatically) {
        QuizAttempt attempt = attempts.findById(attemptId).orElseThrow();
        if (!attempt.isOpen()) {
            return null;
        }
        QuizDefinition quiz = quiz(attempt.courseSlug(), attempt.quizSlug());
        Map<String, Answer> saved = saved(attempt, quiz);
        List<QuestionScore> scores = attempt.layout().questionIds().stream()
                .map(id -> AttemptPresenter.question(quiz, id)).flatMap(Optional::stream)
                .map(q -> grader.grade(q, saved.get(q.id()))).toList();
        QuizScore score = grader.total(scores);
        boolean survey = quiz.kind() == QuizKind.ATTITUDE_SURVEY;
        Boolean passed = survey ? Boolean.TRUE : score.percent() >= quiz.passMark();
        // a submit that arrives after the time-out is the time-out's own: recorded at the deadline, automatically
        boolean timedOut = automatically || attempt.expiredAt(clock.instant());
        Instant now = timedOut && attempt.deadlineAt() != null ? attempt.deadlineAt() : clock.instant();
        if (attempt.submit(score, passed, now, timedOut)) {
            attempts.saveAndFlush(attempt);
            if (passed) {
                events.publishEvent(new QuizPassed(attempt.userId(), attempt.courseSlug(), attempt.quizSlug(),
                        quiz.kind(), score.percent(), now));
                completions.complete(attempt.userId(), attempt.courseSlug(), attempt.quizSlug());
            }
            return passed;
        }
        return null;
    }

    /** A submitted attempt's result and review, for its owner or a trainer who may see the learner. */
    @PreAuthorize("isAuthenticated()")
    public AttemptResult result(long attemptId) {
        UserAccount viewer = user();
        return read(() -> {
            QuizAttempt attempt = attempts.findById(attemptId)
                    .orElseThrow(() -> new InvalidInputException("attempt", "assessment.error.notFound"));
            if (attempt.userId() != viewer.id() && !maySee(viewer, attempt.userId())) {
                throw new AccessDeniedException("Not your attempt");
            }
            if (attempt.isOpen()) {
                throw new InvalidInputException("attempt", "assessment.error.notSubmitted");
            }
            return result(attempt, viewer.language(), attempt.userId() != viewer.id());
        });
    }

    private AttemptResult result(QuizAttempt attempt, Language language, boolean staff) {
        QuizDefinition quiz = quiz(attempt.courseSlug(), attempt.quizSlug());
        ReviewPolicy policy = staff ? ReviewPolicy.FULL : quiz.review();
        List<AttemptResult.ReviewItem> items = new ArrayList<>();
        if (policy == ReviewPolicy.FULL) {
            Map<String, Answer> saved = saved(attempt, quiz);
            AttemptPresenter presenter = new AttemptPresenter(language);
            for (String id : attempt.layout().questionIds()) {
                AttemptPresenter.question(quiz, id).ifPresent(q -> items.add(presenter.review(q, saved.get(id),
                        grader.grade(q, saved.get(id)))));
            }
        }
        boolean showScore = policy != ReviewPolicy.NONE && quiz.kind() != QuizKind.ATTITUDE_SURVEY;
        return new AttemptResult(attempt.getId(), attempt.courseSlug(), attempt.quizSlug(), quiz.title().orOther(language),
                quiz.kind(), attempt.attemptNumber(), showScore ? attempt.scorePercent() : -1, attempt.passed(),
                quiz.passMark(), attempt.autoSubmitted(), attempt.submittedAt(),
                showScore ? attempt.competencyPoints() : Map.of(), policy, items);
    }

    @PreAuthorize("isAuthenticated()")
    public List<AttemptSummary> myAttempts() {
        UserAccount user = user();
        return read(() -> summaries(attempts.findByUserIdOrderByStartedAtDesc(user.id()), user.language()));
    }

    /** A learner's attempts, for coordinators, administrators and the trainers of the learner's cohorts. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public List<AttemptSummary> attemptsOf(long learnerId) {
        UserAccount viewer = user();
        if (!maySee(viewer, learnerId)) {
            throw new AccessDeniedException("Not a learner of yours");
        }
        return read(() -> summaries(attempts.findByUserIdOrderByStartedAtDesc(learnerId), viewer.language()));
    }

    private List<AttemptSummary> summaries(List<QuizAttempt> list, Language language) {
        return list.stream().sorted(Comparator.comparing(QuizAttempt::startedAt).reversed())
                .map(a -> new AttemptSummary(a.getId(), a.userId(), a.courseSlug(), a.quizSlug(),
                        catalog.course(a.courseSlug()).map(c -> c.quizzes().get(a.quizSlug()))
                                .map(q -> q.title().orOther(language)).orElse(a.quizSlug()),
                        a.quizKind(), a.attemptNumber(), a.startedAt(),
                        a.isOpen() ? AttemptStatus.IN_PROGRESS : AttemptStatus.SUBMITTED,
                        a.quizKind() == QuizKind.ATTITUDE_SURVEY ? null : a.scorePercent(), a.passed()))
                .toList();
    }

    private boolean maySee(UserAccount viewer, long learnerId) {
        if (viewer.hasRole(Role.COORDINATOR) || viewer.hasRole(Role.ADMIN)) {
            return true;
        }
        return viewer.hasRole(Role.TRAINER) && trainerScope.getIfAvailable(() -> TrainerScope.NONE)
                .trainerSees(viewer.id(), learnerId);
    }

    /** Submits every open attempt past its deadline with the answers saved; returns how many. */
    public int submitExpired() {
        List<Long> expired = read(() -> attempts.findExpiredOpenAttempts(clock.instant()));
        expired.forEach(id -> submitOnce(id, true));
        return expired.size();
    }

    /**
     * Submits the user's own attempt if its time is up. Ownership is checked first, so nobody else learns that
     * an attempt timed out or gets it submitted.
     */
    private boolean closeIfExpired(long attemptId, UserAccount user) {
        boolean expired = Boolean.TRUE.equals(read(() -> {
            QuizAttempt attempt = own(attemptId, user);
            return attempt.isOpen() && attempt.expiredAt(clock.instant());
        }));
        if (expired) {
            submitOnce(attemptId, true);
        }
        return expired;
    }

    private void closeIfExpired(long userId, String courseSlug, String quizSlug) {
        read(() -> attempts.findByUserIdAndCourseSlugAndQuizSlugOrderByAttemptNumber(userId, courseSlug, quizSlug))
                .stream().filter(a -> a.isOpen() && a.expiredAt(clock.instant()))
                .forEach(a -> submitOnce(a.getId(), true));
    }

    private QuizAttempt own(long attemptId, UserAccount user) {
        QuizAttempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> new InvalidInputException("attempt", "assessment.error.notFound"));
        if (attempt.userId() != user.id()) {
            throw new AccessDeniedException("Not your attempt");
        }
        return attempt;
    }

    private QuizDefinition quiz(String courseSlug, String quizSlug) {
        return catalog.course(courseSlug).map(c -> c.quizzes().get(quizSlug))
                .orElseThrow(() -> new InvalidInputException("quiz", "assessment.error.quizNotFound"));
    }

    private <T> T read(java.util.function.Supplier<T> work) {
        return ro.semnal.base.ReadOnlyTransactions.read(transactions, work);
    }

    private UserAccount user() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
