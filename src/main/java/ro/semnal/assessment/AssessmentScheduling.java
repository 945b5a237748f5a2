package ro.semnal.assessment;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sweep that submits expired attempts, every minute, on one node of the cluster. */
@Configuration
class AssessmentScheduling {

    @Bean
    JobDetail expiredAttemptsJob() {
        return JobBuilder.newJob(ExpiredAttemptsJob.class).withIdentity("expired-attempts", "assessment")
                .withDescription("Submits quiz attempts whose time limit has passed").storeDurably().build();
    }

    @Bean
    Trigger expiredAttemptsTrigger(JobDetail expiredAttemptsJob) {
        return TriggerBuilder.newTrigger().forJob(expiredAttemptsJob).withIdentity("expired-attempts", "assessment")
                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
