package ro.semnal.cohorts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One learner's attendance of one session, with a note; who recorded it and when. */
@Entity
@Table(name = "attendance")
class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceStatus status;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() {
    }

    Attendance(long sessionId, long userId) {
        this.sessionId = sessionId;
        this.userId = userId;
    }

    void record(AttendanceStatus newStatus, String newNote, String by, Instant at) {
        status = newStatus;
        note = newNote;
        recordedBy = by;
        recordedAt = at;
    }

    long userId() {
        return userId;
    }

    long sessionId() {
        return sessionId;
    }

    AttendanceStatus status() {
        return status;
    }

    String note() {
        return note;
    }
}
