package ro.semnal.operations;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** A harmless real job: proves the clustered scheduler runs, and shows which node ran it. */
@DisallowConcurrentExecution
public class HeartbeatJob extends QuartzJobBean {

    private final HeartbeatService heartbeats;

    public HeartbeatJob(HeartbeatService heartbeats) {
        this.heartbeats = heartbeats;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        try {
            heartbeats.beat(context.getScheduler().getSchedulerInstanceId());
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler has no instance id", e);
        }
    }
}
