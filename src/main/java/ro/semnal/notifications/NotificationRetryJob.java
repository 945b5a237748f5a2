package ro.semnal.notifications;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Every few minutes: sends again the notifications that failed, with back-off. */
@DisallowConcurrentExecution
public class NotificationRetryJob extends QuartzJobBean {

    private final NotificationService notifications;

    public NotificationRetryJob(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        notifications.retryFailed();
    }
}
