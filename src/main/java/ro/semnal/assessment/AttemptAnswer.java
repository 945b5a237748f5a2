package ro.semnal.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The latest answer to one question of an attempt, saved when given. */
@Entity
@Table(name = "attempt_answer")
class AttemptAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "question_id", nullable = false, length = 100)
    private String questionId;

    @Column(nullable = false, length = 2000)
    private String answer;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected AttemptAnswer() {
    }

    AttemptAnswer(long attemptId, String questionId) {
        this.attemptId = attemptId;
        this.questionId = questionId;
    }

    void set(String encoded, Instant now) {
        answer = encoded;
        answeredAt = now;
    }

    String questionId() {
        return questionId;
    }

    String answer() {
        return answer;
    }
}
