package ro.semnal.operations;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

/** Jobs and triggers of the operations feature; Spring Boot registers them with the clustered scheduler. */
@Configuration
class SchedulingConfig {

    static final String HEARTBEAT = "heartbeat";

    /** Job durations and misfires of every job this node's scheduler runs (see {@link QuartzMetrics}). */
    @Bean
    SchedulerFactoryBeanCustomizer quartzMetrics(MeterRegistry registry) {
        QuartzMetrics metrics = new QuartzMetrics(registry);
        return factory -> {
            factory.setGlobalJobListeners(metrics);
            factory.setGlobalTriggerListeners(metrics);
        };
    }

    @Bean
    JobDetail heartbeatJob() {
        return JobBuilder.newJob(HeartbeatJob.class).withIdentity(HEARTBEAT, "operations")
                .withDescription("Records that a node's scheduler is alive").storeDurably().build();
    }

    @Bean
    Trigger heartbeatTrigger(JobDetail heartbeatJob, @Value("${semnal.scheduling.heartbeat-seconds:60}") int seconds) {
        return TriggerBuilder.newTrigger().forJob(heartbeatJob).withIdentity(HEARTBEAT, "operations")
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(Math.max(1, seconds))
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
