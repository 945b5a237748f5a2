package ro.semnal.cohorts.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

import ro.semnal.cohorts.SessionService;

/** Sends one reminder of one session; all the logic (and its idempotence) is in the service. */
@DisallowConcurrentExecution
public class SessionReminderJob extends QuartzJobBean {

    public static final String SESSION = "sessionId";
    public static final String KIND = "kind";

    private final SessionService sessions;

    public SessionReminderJob(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        sessions.sendReminder(context.getMergedJobDataMap().getLong(SESSION), context.getMergedJobDataMap().getString(KIND));
    }
}
