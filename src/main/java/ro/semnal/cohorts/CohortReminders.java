package ro.semnal.cohorts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.i18n.Translations;
import ro.semnal.learning.CourseProgress;
import ro.semnal.learning.CourseStatus;
import ro.semnal.learning.Enrolments;
import ro.semnal.notifications.NotificationRequest;
import ro.semnal.notifications.NotificationService;

/**
 * Scheduled reminders of cohorts: learners behind schedule (their progress trails the share of the cohort's
 * time already gone by more than a set margin) are reminded at most once a week, and each trainer gets a
 * weekly digest of who is behind. Both are idempotent per ISO week (notification unique key).
 */
@Service
public class CohortReminders {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final AccountService accounts;
    private final Enrolments enrolments;
    private final NotificationService notifications;
    private final Translations translations;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int behindBy;
    private final String baseUrl;

    CohortReminders(CohortRepository cohorts, CohortMemberRepository members, AccountService accounts,
            Enrolments enrolments, NotificationService notifications, Translations translations,
            TransactionTemplate transactions, Clock clock, @Value("${semnal.cohorts.behind-by:20}") int behindBy,
            @Value("${semnal.base-url:http://localhost:8080}") String baseUrl) {
        this.cohorts = cohorts;
        this.members = members;
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.notifications = notifications;
        this.translations = translations;
        this.transactions = transactions;
        this.clock = clock;
        this.behindBy = behindBy;
        this.baseUrl = baseUrl;
    }

    record Behind(Cohort cohort, UserAccount learner, int progress, int expected) {
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Calendars.BUCHAREST);
    }

    private String week() {
        LocalDate today = today();
        return today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** Learners of running cohorts who are behind schedule. */
    List<Behind> behind() {
        LocalDate today = today();
        List<Behind> behind = new ArrayList<>();
        List<Cohort> running = transactions.execute(s -> cohorts.findAllByOrderByStartDateDesc().stream()
                .filter(c -> !today.isBefore(c.startDate()) && !today.isAfter(c.endDate().plusDays(7))).toList());
        for (Cohort cohort : running) {
            long length = Math.max(1, ChronoUnit.DAYS.between(cohort.startDate(), cohort.endDate()));
            int expected = (int) Math.min(100, 100 * ChronoUnit.DAYS.between(cohort.startDate(), today) / length);
            for (CohortMember member : transactions.execute(s -> members.findByCohortId(cohort.getId()))) {
                Optional<UserAccount> learner = accounts.findById(member.userId()).filter(UserAccount::active);
                if (learner.isEmpty()) {
                    continue;
                }
                List<CourseProgress> courses = cohort.courses().stream()
                        .map(c -> enrolments.progress(member.userId(), c)).flatMap(Optional::stream).toList();
                if (courses.isEmpty() || courses.stream().allMatch(p -> p.status() == CourseStatus.COMPLETED)) {
                    continue;
                }
                int progress = (int) courses.stream().mapToInt(CourseProgress::percent).average().orElse(0);
                if (progress + behindBy < expected) {
                    behind.add(new Behind(cohort, learner.get(), progress, expected));
                }
            }
        }
        return behind;
    }

    /** Reminds each learner behind schedule; at most once a week. Returns how many were sent now. */
    public int remindLearnersBehind() {
        int sent = 0;
        String week = week();
        for (Behind b : behind()) {
            Language language = b.learner().language();
            sent += notifications.send(new NotificationRequest(b.learner().id(), b.learner().email(), "deadline-reminder",
                    "cohort-" + b.cohort().getId(), week,
                    translations.get(language, "mail.behind.subject", b.cohort().name()),
                    translations.get(language, "mail.behind.body", b.learner().fullName(), b.cohort().name(),
                            b.progress(), b.expected(), b.cohort().endDate().toString(), baseUrl))) ? 1 : 0;
        }
        return sent;
    }

    /** Sends each trainer of a running cohort the list of its learners behind schedule; once a week. */
    public int sendTrainerDigests() {
        int sent = 0;
        String week = week();
        List<Behind> behind = behind();
        for (Cohort cohort : behind.stream().map(Behind::cohort).distinct().toList()) {
            List<Behind> late = behind.stream().filter(b -> b.cohort().getId().equals(cohort.getId())).toList();
            for (long trainerId : cohort.trainers()) {
                Optional<UserAccount> trainer = accounts.findById(trainerId).filter(UserAccount::active);
                if (trainer.isEmpty()) {
                    continue;
                }
                Language language = trainer.get().language();
                StringBuilder list = new StringBuilder();
                late.forEach(b -> list.append("- ").append(b.learner().fullName()).append(": ").append(b.progress())
                        .append("% / ").append(b.expected()).append("%\n"));
                sent += notifications.send(new NotificationRequest(trainerId, trainer.get().email(), "trainer-digest",
                        "cohort-" + cohort.getId(), week,
                        translations.get(language, "mail.digest.subject", cohort.name(), late.size()),
                        translations.get(language, "mail.digest.body", trainer.get().fullName(), cohort.name(),
                                list.toString(), baseUrl + "/trainer/cohort/" + cohort.getId()))) ? 1 : 0;
            }
        }
        return sent;
    }
}
