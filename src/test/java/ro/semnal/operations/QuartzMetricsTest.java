package ro.semnal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The Quartz listener on a real (in-memory) scheduler: runs are timed by group and class, misfires counted. */
class QuartzMetricsTest {

    public static class NapJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static class BrokenJob implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            throw new JobExecutionException("broken on purpose");
        }
    }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private Scheduler scheduler;

    @BeforeEach
    void scheduler() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "metrics-test-" + System.nanoTime());
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        scheduler = new StdSchedulerFactory(properties).getScheduler();
        QuartzMetrics metrics = new QuartzMetrics(registry);
        scheduler.getListenerManager().addJobListener(metrics);
        scheduler.getListenerManager().addTriggerListener(metrics);
    }

    @AfterEach
    void shutdown() throws Exception {
        scheduler.shutdown(true);
    }

    @Test
    void each_run_is_timed_under_its_group_and_job_class_with_its_result() throws Exception {
        schedule(NapJob.class, "nap-1", "naps", Instant.now());
        schedule(NapJob.class, "nap-2", "naps", Instant.now());
        schedule(BrokenJob.class, "broken", "naps", Instant.now());
        scheduler.start();

        waitUntil(() -> timer("NapJob", "success") != null && timer("NapJob", "success").count() == 2
                && timer("BrokenJob", "failure") != null);

        assertThat(timer("NapJob", "success").totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(90);
        assertThat(timer("BrokenJob", "failure").count()).isEqualTo(1);
        assertThat(registry.find(QuartzMetrics.JOB).tag("job", "BrokenJob").tag("result", "success").timer()).isNull();
        assertThat(registry.find(QuartzMetrics.JOB).timers()).as("no meter per job name").hasSize(2);
    }

    @Test
    void a_trigger_that_missed_its_time_is_counted_as_a_misfire() throws Exception {
        schedule(NapJob.class, "late", "reminders", Instant.now().minusSeconds(30));
        schedule(NapJob.class, "on-time", "reminders", Instant.now());
        scheduler.start();

        waitUntil(() -> timer("NapJob", "success") != null && timer("NapJob", "success").count() == 2);

        assertThat(registry.get(QuartzMetrics.MISFIRES).tag("group", "reminders").counter().count()).isEqualTo(1);
    }

    private void schedule(Class<? extends Job> type, String name, String group, Instant at) throws Exception {
        scheduler.scheduleJob(JobBuilder.newJob(type).withIdentity(name, group).build(),
                TriggerBuilder.newTrigger().withIdentity(name, group).startAt(Date.from(at))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .build());
    }

    private Timer timer(String job, String result) {
        return registry.find(QuartzMetrics.JOB).tag("job", job).tag("result", result).timer();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("within 20 s").isTrue();
    }
}
