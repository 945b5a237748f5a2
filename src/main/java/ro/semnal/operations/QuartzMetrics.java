package ro.semnal.operations;

import java.util.concurrent.TimeUnit;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Trigger;
import org.quartz.Trigger.CompletedExecutionInstruction;
import org.quartz.TriggerListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every job run on this node and counts misfires (a trigger that could not fire on time: every
 * node down or busy). Meters are tagged by the job's group and class, never by its name, because some
 * jobs (session reminders) have one name per session.
 */
class QuartzMetrics implements JobListener, TriggerListener {

    static final String JOB = "semnal.quartz.job";
    static final String MISFIRES = "semnal.quartz.misfires";

    private final MeterRegistry registry;

    QuartzMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String getName() {
        return "semnal-metrics";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        Timer.builder(JOB).description("Quartz job runs on this node")
                .tag("group", context.getJobDetail().getKey().getGroup())
                .tag("job", context.getJobDetail().getJobClass().getSimpleName())
                .tag("result", failure == null ? "success" : "failure")
                .register(registry).record(Math.max(0, context.getJobRunTime()), TimeUnit.MILLISECONDS);
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
        Counter.builder(MISFIRES).description("Quartz triggers that missed their fire time")
                .tag("group", trigger.getKey().getGroup()).register(registry).increment();
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
    }

    @Override
    public void triggerFired(Trigger trigger, JobExecutionContext context) {
    }

    @Override
    public boolean vetoJobExecution(Trigger trigger, JobExecutionContext context) {
        return false;
    }

    @Override
    public void triggerComplete(Trigger trigger, JobExecutionContext context, CompletedExecutionInstruction instruction) {
    }
}
