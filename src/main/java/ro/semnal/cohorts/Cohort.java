package ro.semnal.cohorts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import ro.semnal.base.AbstractEntity;

/** A group of learners taking one or more courses together, run by one or more trainers. */
@Entity
@Table(name = "cohort")
class Cohort extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int capacity;

    /** Sessions a member must attend for the cohort's courses to complete (0: none). */
    @Column(name = "attendance_required", nullable = false)
    private int attendanceRequired;

    @Column(name = "invite_code", length = 24, unique = true)
    private String inviteCode;

    @Column(name = "invite_expires_at")
    private Instant inviteExpiresAt;

    @Column(name = "invite_seats")
    private Integer inviteSeats;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_course", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "course_slug", length = 100)
    private Set<String> courses = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "user_id")
    private Set<Long> trainers = new HashSet<>();

    protected Cohort() {
    }

    Cohort(CohortForm form, Instant now) {
        update(form);
        this.createdAt = now;
    }

    void update(CohortForm form) {
        this.name = form.name().strip();
        this.startDate = form.startDate();
        this.endDate = form.endDate();
        this.capacity = form.capacity();
        this.attendanceRequired = form.attendanceRequired();
        this.courses.clear();
        this.courses.addAll(form.courses());
        this.trainers.clear();
        this.trainers.addAll(form.trainerIds());
    }

    void openInvite(String code, Instant expiresAt, int seats) {
        inviteCode = code;
        inviteExpiresAt = expiresAt;
        inviteSeats = seats;
    }

    boolean inviteUsableAt(Instant now, long members) {
        return inviteCode != null && now.isBefore(inviteExpiresAt) && members < Math.min(capacity, inviteSeats);
    }

    CohortSummary toSummary(long members) {
        return new CohortSummary(getId(), name, startDate, endDate, capacity, attendanceRequired, Set.copyOf(courses),
                Set.copyOf(trainers), members, inviteCode, inviteExpiresAt, inviteSeats);
    }

    Set<String> courses() {
        return Set.copyOf(courses);
    }

    Set<Long> trainers() {
        return Set.copyOf(trainers);
    }

    int capacity() {
        return capacity;
    }

    int attendanceRequired() {
        return attendanceRequired;
    }

    String name() {
        return name;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }
}
