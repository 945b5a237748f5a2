package ro.semnal.cohorts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A cohort as listed: its settings, how many members it has, and its invite (if open). */
public record CohortSummary(long id, String name, LocalDate startDate, LocalDate endDate, int capacity,
        int attendanceRequired, Set<String> courses, Set<Long> trainerIds, long members, String inviteCode,
        Instant inviteExpiresAt, Integer inviteSeats) {
}
