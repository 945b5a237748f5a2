package ro.semnal.cohorts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import ro.semnal.base.AbstractEntity;

/**
 * A live (online) or in-person session of a cohort. Times are UTC instants. Cancelling keeps it; each
 * change raises the iCalendar sequence, so calendars update the event instead of adding another.
 */
@Entity
@Table(name = "cohort_session")
class CohortSession extends AbstractEntity {

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SessionMode mode;

    @Column(name = "meeting_link", length = 500)
    private String meetingLink;

    @Column(length = 200)
    private String place;

    @Column(length = 300)
    private String address;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column
    private Integer capacity;

    @Column(length = 2000)
    private String notes;

    @Column(nullable = false, length = 10)
    private String status = "SCHEDULED";

    @Column(nullable = false)
    private int sequence;

    protected CohortSession() {
    }

    CohortSession(long cohortId, SessionForm form) {
        this.cohortId = cohortId;
        this.title = form.title().strip();
        this.mode = form.mode();
        this.meetingLink = form.meetingLink();
        this.place = form.place();
        this.address = form.address();
        this.startsAt = form.startsAt();
        this.endsAt = form.endsAt();
        this.capacity = form.capacity();
        this.notes = form.notes();
    }

    void reschedule(Instant newStart, Instant newEnd) {
        if (cancelled()) {
            throw new IllegalStateException("A cancelled session cannot be rescheduled");
        }
        startsAt = newStart;
        endsAt = newEnd;
        sequence++;
    }

    void cancel() {
        status = "CANCELLED";
        sequence++;
    }

    boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    SessionView toView(String cohortName) {
        return new SessionView(getId(), cohortId, cohortName, title, mode, meetingLink, place, address, startsAt, endsAt,
                capacity, notes, cancelled(), sequence);
    }

    long cohortId() {
        return cohortId;
    }

    Instant startsAt() {
        return startsAt;
    }
}
