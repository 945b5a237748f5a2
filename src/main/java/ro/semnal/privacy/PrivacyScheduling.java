package ro.semnal.privacy;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention job, daily at the configured hour, Bucharest time; a missed run fires once on start. */
@Configuration
class PrivacyScheduling {

    @Bean
    JobDetail retentionJob() {
        return JobBuilder.newJob(RetentionJob.class).withIdentity("retention", "privacy")
                .withDescription("Erases inactive accounts and deletes old notification logs").storeDurably().build();
    }

    @Bean
    Trigger retentionTrigger(JobDetail retentionJob, PrivacyProperties properties) {
        return TriggerBuilder.newTrigger().forJob(retentionJob).withIdentity("retention", "privacy")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(properties.cleanupHour(), 30)
                        .inTimeZone(TimeZone.getTimeZone("Europe/Bucharest"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
