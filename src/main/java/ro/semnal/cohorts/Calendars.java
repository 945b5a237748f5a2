package ro.semnal.cohorts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar files for sessions (RFC 5545, through ical4j): times in Europe/Bucharest with its VTIMEZONE,
 * a stable UID per session and a SEQUENCE that grows with each change, and cancelled sessions marked
 * CANCELLED, so calendars update or strike the event instead of duplicating it.
 */
final class Calendars {

    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Calendars() {
    }

    static byte[] of(List<SessionView> sessions, String domain) {
        TimeZone zone = REGISTRY.getTimeZone(BUCHAREST.getId());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Semnal//Sessions//RO"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(zone.getVTimeZone());
        for (SessionView session : sessions) {
            calendar.add(event(session, domain));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static VEvent event(SessionView session, String domain) {
        VEvent event = new VEvent(session.startsAt().atZone(BUCHAREST), session.endsAt().atZone(BUCHAREST),
                session.title() + " · " + session.cohortName());
        event.add(new Uid("session-" + session.id() + "@" + domain));
        event.add(new Sequence(session.sequence()));
        event.add(session.cancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        String location = session.mode() == SessionMode.ONLINE ? session.meetingLink()
                : String.join(", ", java.util.stream.Stream.of(session.place(), session.address())
                        .filter(s -> s != null && !s.isBlank()).toList());
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        if (session.mode() == SessionMode.ONLINE && session.meetingLink() != null) {
            event.add(new Url(URI.create(session.meetingLink())));
        }
        if (session.notes() != null && !session.notes().isBlank()) {
            event.add(new Description(session.notes()));
        }
        return event;
    }
}
