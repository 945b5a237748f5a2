package ro.semnal.certificates;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Daily: marks expired certificates and sends expiry reminders (each once). */
@DisallowConcurrentExecution
public class CertificateExpiryJob extends QuartzJobBean {

    private final CertificateReminders reminders;

    public CertificateExpiryJob(CertificateReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        reminders.run();
    }
}
