package ro.semnal.cohorts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learner's secret calendar feed token; replacing it revokes the old link. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 64, unique = true)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long userId, String token, Instant createdAt) {
        this.userId = userId;
        this.token = token;
        this.createdAt = createdAt;
    }

    void replace(String newToken, Instant now) {
        token = newToken;
        createdAt = now;
    }

    long userId() {
        return userId;
    }

    String token() {
        return token;
    }
}
