package ro.semnal.operations;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jobs and triggers of the operations feature; Spring Boot registers them with the clustered scheduler. */
@Configuration
class SchedulingConfig {

    static final String HEARTBEAT = "heartbeat";

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
