package ro.semnal.learning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ro.semnal.base.AbstractEntity;

/** A learner's place in a course: where they are, and when they completed it (once). */
@Entity
@Table(name = "enrollment")
class Enrollment extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_item_slug", length = 100)
    private String lastItemSlug;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_version", length = 64)
    private String completedVersion;

    protected Enrollment() {
    }

    Enrollment(long userId, String courseSlug, Instant now) {
        this.userId = userId;
        this.courseSlug = courseSlug;
        this.enrolledAt = now;
        this.lastActivityAt = now;
    }

    void visited(String itemSlug, Instant now) {
        lastItemSlug = itemSlug;
        lastActivityAt = now;
    }

    /** Marks the course completed; returns false, changing nothing, when it already was. */
    boolean complete(String contentVersion, Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        completedVersion = contentVersion;
        return true;
    }

    long userId() {
        return userId;
    }

    String courseSlug() {
        return courseSlug;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    String lastItemSlug() {
        return lastItemSlug;
    }

    Instant lastActivityAt() {
        return lastActivityAt;
    }

    Instant completedAt() {
        return completedAt;
    }
}
