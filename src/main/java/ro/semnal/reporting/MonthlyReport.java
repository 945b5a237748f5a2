package ro.semnal.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import ro.semnal.base.i18n.Language;
import ro.semnal.base.i18n.Translations;
import ro.semnal.notifications.NotificationRequest;
import ro.semnal.notifications.NotificationService;

/**
 * The monthly programme report mailed to every active coordinator: the figures of the month that just ended
 * and the programme so far. Sent once per coordinator and month, however often the job fires (the
 * notification's unique key holds the month).
 */
@Service
public class MonthlyReport {

    private record Coordinator(long id, String email, String name, Language language) {
    }

    private final ReportingService reporting;
    private final ReportFacts facts;
    private final NotificationService notifications;
    private final Translations translations;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final String baseUrl;

    MonthlyReport(ReportingService reporting, ReportFacts facts, NotificationService notifications,
            Translations translations, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc,
            Clock clock, @Value("${semnal.base-url:http://localhost:8080}") String baseUrl) {
        this.reporting = reporting;
        this.facts = facts;
        this.notifications = notifications;
        this.translations = translations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Mails the report of the previous month to every coordinator who has not had it; returns how many were sent. */
    public int sendForPreviousMonth() {
        YearMonth month = YearMonth.now(clock.withZone(Months.ROMANIA)).minusMonths(1);
        facts.refresh();
        ProgrammeReport ofMonth = reporting.programmeReport(new ReportFilter(month, month, null, null, null, null, null));
        ProgrammeReport soFar = reporting.programmeReport(new ReportFilter(null, month, null, null, null, null, null));
        int sent = 0;
        for (Coordinator c : coordinators()) {
            Figures.Headline m = ofMonth.headline();
            String gain = m.averageGain() == null ? "-" : String.format(c.language().locale(), "%+.1f", m.averageGain());
            String attendance = m.attendanceRate() == null ? "-"
                    : String.format(c.language().locale(), "%.0f%%", m.attendanceRate());
            String body = translations.get(c.language(), "mail.report.body", c.name(), month.toString(),
                    m.trained(), soFar.headline().trained(), m.enrolled(), m.completed(), gain, m.sessionsHeld(),
                    attendance, baseUrl + "/coordinator");
            sent += notifications.send(new NotificationRequest(c.id(), c.email(), "programme-report", "monthly",
                    month.toString(), translations.get(c.language(), "mail.report.subject", month.toString()), body)) ? 1 : 0;
        }
        return sent;
    }

    private List<Coordinator> coordinators() {
        return jdbc.query("""
                SELECT u.id, u.email, u.full_name, u.language FROM users u
                JOIN user_roles r ON r.user_id = u.id AND r.role = 'COORDINATOR'
                WHERE u.active = TRUE ORDER BY u.id""", Map.of(),
                (rs, i) -> new Coordinator(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Language.fromCode(rs.getString(4))));
    }
}
