package ro.semnal.notifications;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NotificationScheduling {

    @Bean
    JobDetail notificationRetryJob() {
        return JobBuilder.newJob(NotificationRetryJob.class).withIdentity("notification-retry", "notifications")
                .withDescription("Retries failed notifications with back-off").storeDurably().build();
    }

    @Bean
    Trigger notificationRetryTrigger(JobDetail notificationRetryJob,
            @Value("${semnal.mail.retry-interval:2m}") Duration interval) {
        return TriggerBuilder.newTrigger().forJob(notificationRetryJob).withIdentity("notification-retry", "notifications")
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever((int) Math.max(1, interval.toSeconds()))
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
