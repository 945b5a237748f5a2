package ro.semnal.cohorts.scheduling;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.DateBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

import ro.semnal.cohorts.CohortReminders;

/** Daily reminders to learners behind schedule (09:00) and the trainers' weekly digest (Monday 08:00). */
@Configuration
public class CohortReminderJobs {

    static final TimeZone BUCHAREST = TimeZone.getTimeZone("Europe/Bucharest");

    @DisallowConcurrentExecution
    public static class BehindJob extends QuartzJobBean {
        private final CohortReminders reminders;

        public BehindJob(CohortReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            reminders.remindLearnersBehind();
        }
    }

    @DisallowConcurrentExecution
    public static class DigestJob extends QuartzJobBean {
        private final CohortReminders reminders;

        public DigestJob(CohortReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            reminders.sendTrainerDigests();
        }
    }

    @Bean
    JobDetail behindScheduleJob() {
        return JobBuilder.newJob(BehindJob.class).withIdentity("behind-schedule", "cohorts").storeDurably().build();
    }

    @Bean
    Trigger behindScheduleTrigger(JobDetail behindScheduleJob) {
        return TriggerBuilder.newTrigger().forJob(behindScheduleJob).withIdentity("behind-schedule", "cohorts")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(9, 0).inTimeZone(BUCHAREST)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail trainerDigestJob() {
        return JobBuilder.newJob(DigestJob.class).withIdentity("trainer-digest", "cohorts").storeDurably().build();
    }

    @Bean
    Trigger trainerDigestTrigger(JobDetail trainerDigestJob) {
        return TriggerBuilder.newTrigger().forJob(trainerDigestJob).withIdentity("trainer-digest", "cohorts")
                .withSchedule(CronScheduleBuilder.weeklyOnDayAndHourAndMinute(DateBuilder.MONDAY, 8, 0)
                        .inTimeZone(BUCHAREST).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
