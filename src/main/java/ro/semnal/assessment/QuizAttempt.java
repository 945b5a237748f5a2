package ro.semnal.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import ro.semnal.base.AbstractEntity;
import ro.semnal.catalog.QuizKind;

/**
 * One attempt at a quiz. It holds its draw and time limit, accepts answers only while open, and is
 * submitted once: a second submit changes nothing.
 */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Column(name = "quiz_slug", nullable = false, length = 100)
    private String quizSlug;

    @Enumerated(EnumType.STRING)
    @Column(name = "quiz_kind", nullable = false, length = 20)
    private QuizKind quizKind;

    @Column(name = "content_version", nullable = false, length = 64)
    private String contentVersion;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AttemptStatus status = AttemptStatus.IN_PROGRESS;

    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;

    @Column(name = "score_percent", precision = 5, scale = 2)
    private BigDecimal scorePercent;

    @Column
    private Boolean passed;

    @Column(nullable = false, length = 4000)
    private String layout;

    @Column(length = 2000)
    private String competencies;

    protected QuizAttempt() {
    }

    QuizAttempt(long userId, String courseSlug, String quizSlug, QuizKind kind, String contentVersion, int number,
            Instant startedAt, Instant deadlineAt, AttemptLayout layout) {
        this.userId = userId;
        this.courseSlug = courseSlug;
        this.quizSlug = quizSlug;
        this.quizKind = kind;
        this.contentVersion = contentVersion;
        this.attemptNumber = number;
        // the database keeps microseconds: store exactly what it will return
        this.startedAt = startedAt.truncatedTo(ChronoUnit.MICROS);
        this.deadlineAt = deadlineAt == null ? null : deadlineAt.truncatedTo(ChronoUnit.MICROS);
        this.layout = layout.encode();
    }

    boolean isOpen() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    /** True once the time limit has passed; answers then are refused. */
    boolean expiredAt(Instant now) {
        return deadlineAt != null && now.isAfter(deadlineAt);
    }

    /**
     * Records the grade; returns false, changing nothing, when the attempt was already submitted.
     */
    boolean submit(QuizScore score, Boolean passedQuiz, Instant now, boolean automatically) {
        if (!isOpen()) {
            return false;
        }
        status = AttemptStatus.SUBMITTED;
        submittedAt = now;
        autoSubmitted = automatically;
        scorePercent = BigDecimal.valueOf(score.percent()).setScale(2, RoundingMode.HALF_UP);
        passed = passedQuiz;
        competencies = CompetencyPoints.encode(score.competencies());
        return true;
    }

    Map<String, QuestionScore.Points> competencyPoints() {
        return CompetencyPoints.decode(competencies);
    }

    long userId() {
        return userId;
    }

    String courseSlug() {
        return courseSlug;
    }

    String quizSlug() {
        return quizSlug;
    }

    QuizKind quizKind() {
        return quizKind;
    }

    int attemptNumber() {
        return attemptNumber;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant deadlineAt() {
        return deadlineAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    boolean autoSubmitted() {
        return autoSubmitted;
    }

    Double scorePercent() {
        return scorePercent == null ? null : scorePercent.doubleValue();
    }

    Boolean passed() {
        return passed;
    }

    AttemptLayout layout() {
        return AttemptLayout.decode(layout);
    }
}
