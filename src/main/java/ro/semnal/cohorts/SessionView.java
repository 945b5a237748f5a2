package ro.semnal.cohorts;

import java.time.Instant;

/** A session as shown and as exported to calendars. */
public record SessionView(long id, long cohortId, String cohortName, String title, SessionMode mode, String meetingLink,
        String place, String address, Instant startsAt, Instant endsAt, Integer capacity, String notes,
        boolean cancelled, int sequence) {
}
