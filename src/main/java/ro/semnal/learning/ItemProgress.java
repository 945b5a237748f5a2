package ro.semnal.learning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learner's progress on one item of a course, by slug: opened, and done (a lesson read, a quiz passed). */
@Entity
@Table(name = "item_progress")
class ItemProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Column(name = "item_slug", nullable = false, length = 100)
    private String itemSlug;

    @Column(name = "first_viewed_at", nullable = false)
    private Instant firstViewedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected ItemProgress() {
    }

    ItemProgress(long userId, String courseSlug, String itemSlug, Instant now) {
        this.userId = userId;
        this.courseSlug = courseSlug;
        this.itemSlug = itemSlug;
        this.firstViewedAt = now;
    }

    void complete(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    String itemSlug() {
        return itemSlug;
    }

    boolean done() {
        return completedAt != null;
    }
}
