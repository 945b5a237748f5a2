package ro.semnal.cohorts;

import java.time.Instant;

/** What a trainer fills in to schedule a session; times are instants (entered in Bucharest time). */
public record SessionForm(String title, SessionMode mode, String meetingLink, String place, String address,
        Instant startsAt, Instant endsAt, Integer capacity, String notes) {
}
