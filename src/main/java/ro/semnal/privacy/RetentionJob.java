package ro.semnal.privacy;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Nightly: applies the retention rules (idempotent, see {@link Retention}). */
@DisallowConcurrentExecution
public class RetentionJob extends QuartzJobBean {

    private final Retention retention;

    RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        retention.run();
    }
}
