package ro.semnal.cohorts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Tokens;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.i18n.Translations;
import ro.semnal.base.validation.FieldError;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.cohorts.scheduling.SessionReminderJob;
import ro.semnal.learning.ItemCompletions;
import ro.semnal.notifications.NotificationRequest;
import ro.semnal.notifications.NotificationService;

/**
 * Sessions of cohorts: scheduled, rescheduled and cancelled (members are told at once), reminded 24 hours
 * and 1 hour before through Quartz (moved or removed with the session, never sent once it started),
 * attendance recorded per learner, and calendars (.ics per session, a secret personal feed).
 */
@Service
public class SessionService {

    static final Map<String, Duration> REMINDERS = Map.of("24h", Duration.ofHours(24), "1h", Duration.ofHours(1));

    private final CohortService cohortService;
    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final CalendarFeedRepository feeds;
    private final AccountService accounts;
    private final ItemCompletions completions;
    private final NotificationService notifications;
    private final Translations translations;
    private final Scheduler scheduler;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    SessionService(CohortService cohortService, CohortRepository cohorts, CohortMemberRepository members,
            CohortSessionRepository sessions, AttendanceRepository attendance, CalendarFeedRepository feeds,
            AccountService accounts, ItemCompletions completions, NotificationService notifications,
            Translations translations, Scheduler scheduler, TransactionTemplate transactions, Clock clock,
            @Value("${semnal.base-url:http://localhost:8080}") String baseUrl) {
        this.cohortService = cohortService;
        this.cohorts = cohorts;
        this.members = members;
        this.sessions = sessions;
        this.attendance = attendance;
        this.feeds = feeds;
        this.accounts = accounts;
        this.completions = completions;
        this.notifications = notifications;
        this.translations = translations;
        this.scheduler = scheduler;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public List<SessionView> sessions(long cohortId) {
        return transactions.execute(s -> {
            Cohort cohort = cohortService.managed(cohortId);
            return sessions.findByCohortIdOrderByStartsAt(cohortId).stream().map(x -> x.toView(cohort.name())).toList();
        });
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public SessionView schedule(long cohortId, SessionForm form) {
        validate(form);
        SessionView view = transactions.execute(s -> {
            Cohort cohort = cohortService.managed(cohortId);
            return sessions.saveAndFlush(new CohortSession(cohortId, form)).toView(cohort.name());
        });
        scheduleReminders(view);
        return view;
    }

    private void validate(SessionForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.title() == null || form.title().isBlank()) {
            errors.add(new FieldError("title", "sessions.error.title"));
        }
        if (form.startsAt() == null || form.endsAt() == null || !form.endsAt().isAfter(form.startsAt())) {
            errors.add(new FieldError("endsAt", "sessions.error.times"));
        }
        if (form.mode() == SessionMode.ONLINE && (form.meetingLink() == null
                || !form.meetingLink().strip().matches("https://[^\\s]+"))) {
            errors.add(new FieldError("meetingLink", "sessions.error.link"));
        }
        if (form.mode() == SessionMode.IN_PERSON && (form.place() == null || form.place().isBlank())) {
            errors.add(new FieldError("place", "sessions.error.place"));
        }
        if (form.mode() == null) {
            errors.add(new FieldError("mode", "sessions.error.mode"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Moves a session; members are told at once and the reminders move with it. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public SessionView reschedule(long sessionId, Instant startsAt, Instant endsAt) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "sessions.error.times");
        }
        SessionView view = transactions.execute(s -> {
            CohortSession session = managed(sessionId);
            if (session.cancelled()) {
                throw new InvalidInputException("session", "sessions.error.cancelled");
            }
            session.reschedule(startsAt, endsAt);
            return session.toView(cohorts.findById(session.cohortId()).orElseThrow().name());
        });
        scheduleReminders(view);
        tell(view, "session-rescheduled", "mail.sessionRescheduled");
        return view;
    }

    /** Cancels a session without deleting it; members are told, reminders are removed. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public SessionView cancel(long sessionId) {
        SessionView view = transactions.execute(s -> {
            CohortSession session = managed(sessionId);
            if (session.cancelled()) {
                throw new InvalidInputException("session", "sessions.error.cancelled");
            }
            session.cancel();
            return session.toView(cohorts.findById(session.cohortId()).orElseThrow().name());
        });
        removeReminders(sessionId);
        tell(view, "session-cancelled", "mail.sessionCancelled");
        return view;
    }

    private void tell(SessionView session, String kind, String template) {
        for (UserAccount member : memberAccounts(session.cohortId())) {
            notifications.send(message(member, session, kind, template, session.startsAt().toString() + "#" + session.sequence()));
        }
    }

    private NotificationRequest message(UserAccount member, SessionView session, String kind, String template,
            String occurrence) {
        Language language = member.language();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(Calendars.BUCHAREST).format(session.startsAt());
        String where = session.mode() == SessionMode.ONLINE ? session.meetingLink()
                : String.join(", ", java.util.stream.Stream.of(session.place(), session.address())
                        .filter(x -> x != null && !x.isBlank()).toList());
        return new NotificationRequest(member.id(), member.email(), kind, "session-" + session.id(), occurrence,
                translations.get(language, template + ".subject", session.title(), when),
                translations.get(language, template + ".body", member.fullName(), session.title(), session.cohortName(),
                        when, where, baseUrl + "/my-sessions"));
    }

    private List<UserAccount> memberAccounts(long cohortId) {
        return transactions.execute(s -> members.findByCohortId(cohortId).stream()
                .map(m -> accounts.findById(m.userId())).flatMap(Optional::stream).filter(UserAccount::active).toList());
    }

    /**
     * Sends the 24-hour or 1-hour reminder of a session to each member, once: the notification's unique key
     * is the session and its start time. Nothing is sent for a cancelled session or one that has started
     * (a late fire after downtime).
     */
    public int sendReminder(long sessionId, String kind) {
        Optional<SessionView> session = transactions.execute(s -> sessions.findById(sessionId)
                .map(x -> x.toView(cohorts.findById(x.cohortId()).orElseThrow().name())));
        if (session.isEmpty() || session.get().cancelled() || !clock.instant().isBefore(session.get().startsAt())) {
            return 0;
        }
        int sent = 0;
        for (UserAccount member : memberAccounts(session.get().cohortId())) {
            sent += notifications.send(message(member, session.get(), "session-reminder-" + kind, "mail.sessionReminder",
                    session.get().startsAt().toString())) ? 1 : 0;
        }
        return sent;
    }

    /** The Quartz triggers of a session's reminders, replaced on every change. */
    void scheduleReminders(SessionView session) {
        try {
            for (Map.Entry<String, Duration> reminder : REMINDERS.entrySet()) {
                JobKey key = reminderKey(session.id(), reminder.getKey());
                Instant at = session.startsAt().minus(reminder.getValue());
                if (session.cancelled() || !at.isAfter(clock.instant())) {
                    scheduler.deleteJob(key);
                    continue;
                }
                JobDetail job = JobBuilder.newJob(SessionReminderJob.class).withIdentity(key)
                        .usingJobData(SessionReminderJob.SESSION, session.id())
                        .usingJobData(SessionReminderJob.KIND, reminder.getKey()).requestRecovery().build();
                Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key.getName(), key.getGroup()).forJob(job)
                        .startAt(Date.from(at))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .build();
                scheduler.scheduleJob(job, Set.of(trigger), true);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot schedule the reminders of session " + session.id(), e);
        }
    }

    private void removeReminders(long sessionId) {
        try {
            for (String kind : REMINDERS.keySet()) {
                scheduler.deleteJob(reminderKey(sessionId, kind));
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot remove the reminders of session " + sessionId, e);
        }
    }

    static JobKey reminderKey(long sessionId, String kind) {
        return JobKey.jobKey("session-" + sessionId + "-" + kind, "session-reminders");
    }

    /** The attendance register of a session: every member with their status (null: not recorded). */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public List<AttendanceRow> register(long sessionId) {
        return transactions.execute(s -> {
            CohortSession session = managed(sessionId);
            Map<Long, Attendance> recorded = new java.util.HashMap<>();
            attendance.findBySessionId(sessionId).forEach(a -> recorded.put(a.userId(), a));
            return members.findByCohortId(session.cohortId()).stream().map(m -> accounts.findById(m.userId()))
                    .flatMap(Optional::stream).map(u -> new AttendanceRow(sessionId, u.id(), u.fullName(),
                            Optional.ofNullable(recorded.get(u.id())).map(Attendance::status).orElse(null),
                            Optional.ofNullable(recorded.get(u.id())).map(Attendance::note).orElse(null)))
                    .toList();
        });
    }

    /** Records a learner's attendance; present attendance can complete a course that requires sessions. */
    @PreAuthorize("hasAnyRole('TRAINER', 'COORDINATOR', 'ADMIN')")
    public void recordAttendance(long sessionId, long userId, AttendanceStatus status, String note) {
        if (status == null) {
            throw new InvalidInputException("status", "sessions.error.status");
        }
        String by = accounts.current().map(UserAccount::email).orElse("?");
        Set<String> courses = transactions.execute(s -> {
            CohortSession session = managed(sessionId);
            if (!members.existsByCohortIdAndUserId(session.cohortId(), userId)) {
                throw new InvalidInputException("user", "sessions.error.notMember");
            }
            Attendance row = attendance.findBySessionIdAndUserId(sessionId, userId)
                    .orElseGet(() -> new Attendance(sessionId, userId));
            row.record(status, note == null || note.isBlank() ? null : note.strip(), by, clock.instant());
            attendance.saveAndFlush(row);
            return cohorts.findById(session.cohortId()).orElseThrow().courses();
        });
        courses.forEach(course -> completions.recheck(userId, course));
    }

    /** The signed-in learner's sessions (all cohorts), upcoming first. */
    @PreAuthorize("isAuthenticated()")
    public List<SessionView> mySessions() {
        UserAccount me = accounts.current().orElseThrow();
        return sessionsOf(me.id());
    }

    private List<SessionView> sessionsOf(long userId) {
        return transactions.execute(s -> {
            List<Long> ids = members.findByUserId(userId).stream().map(CohortMember::cohortId).toList();
            return sessions.findByCohortIdInOrderByStartsAt(ids).stream()
                    .map(x -> x.toView(cohorts.findById(x.cohortId()).orElseThrow().name())).toList();
        });
    }

    /** The .ics of one session, for its members and its cohort's trainers. */
    @PreAuthorize("isAuthenticated()")
    public byte[] ics(long sessionId) {
        UserAccount me = accounts.current().orElseThrow();
        SessionView view = transactions.execute(s -> {
            CohortSession session = sessions.findById(sessionId)
                    .orElseThrow(() -> new InvalidInputException("session", "sessions.error.notFound"));
            Cohort cohort = cohorts.findById(session.cohortId()).orElseThrow();
            if (!members.existsByCohortIdAndUserId(cohort.getId(), me.id()) && !cohort.trainers().contains(me.id())
                    && !CohortService.staff(me)) {
                throw new AccessDeniedException("Not your session");
            }
            return session.toView(cohort.name());
        });
        return Calendars.of(List.of(view), domain());
    }

    /** The signed-in user's personal feed URL (created on first use). */
    @PreAuthorize("isAuthenticated()")
    public String feedUrl() {
        UserAccount me = accounts.current().orElseThrow();
        return transactions.execute(s -> baseUrl + "/calendar/" + feeds.findById(me.id())
                .orElseGet(() -> feeds.save(new CalendarFeed(me.id(), Tokens.random(24), clock.instant()))).token()
                + ".ics");
    }

    /** Replaces the feed token: the old link stops working. */
    @PreAuthorize("isAuthenticated()")
    public String renewFeed() {
        UserAccount me = accounts.current().orElseThrow();
        transactions.executeWithoutResult(s -> feeds.findById(me.id()).ifPresent(f -> f.replace(Tokens.random(24),
                clock.instant())));
        return feedUrl();
    }

    /** The feed of a secret token: all the owner's sessions, cancelled ones marked. Empty for an unknown token. */
    public Optional<byte[]> feed(String token) {
        // the database may compare case-insensitively (MySQL/MariaDB collations): the secret must match exactly
        return transactions.execute(s -> feeds.findByToken(token == null ? "" : token)
                        .filter(feed -> java.security.MessageDigest.isEqual(
                                feed.token().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                token.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .map(CalendarFeed::userId))
                .map(userId -> Calendars.of(sessionsOf(userId), domain()));
    }

    private String domain() {
        return java.net.URI.create(baseUrl).getHost() == null ? "semnal" : java.net.URI.create(baseUrl).getHost();
    }

    private CohortSession managed(long sessionId) {
        CohortSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new InvalidInputException("session", "sessions.error.notFound"));
        cohortService.managed(session.cohortId());
        return session;
    }
}
