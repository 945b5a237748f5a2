package ro.semnal.cohorts;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The personal calendar feed: public by its secret token, so calendar apps can subscribe without a login. */
@RestController
class CalendarFeedController {

    private final SessionService sessions;

    CalendarFeedController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return sessions.feed(token).map(ics -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                        .header("Cache-Control", "private, max-age=300").body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
