package ro.semnal.cohorts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learner in a cohort, and how they came in (picked, imported, or by invite). */
@Entity
@Table(name = "cohort_member")
class CohortMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(nullable = false, length = 12)
    private String source;

    protected CohortMember() {
    }

    CohortMember(long cohortId, long userId, Instant joinedAt, String source) {
        this.cohortId = cohortId;
        this.userId = userId;
        this.joinedAt = joinedAt;
        this.source = source;
    }

    long cohortId() {
        return cohortId;
    }

    long userId() {
        return userId;
    }
}
