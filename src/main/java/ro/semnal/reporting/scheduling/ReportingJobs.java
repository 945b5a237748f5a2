package ro.semnal.reporting.scheduling;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

import ro.semnal.reporting.MonthlyReport;
import ro.semnal.reporting.ReportFacts;

/** Brings the reporting facts up to date every minute, and mails the monthly report on the 1st at 07:00. */
@Configuration
public class ReportingJobs {

    static final TimeZone BUCHAREST = TimeZone.getTimeZone("Europe/Bucharest");

    @DisallowConcurrentExecution
    public static class RefreshJob extends QuartzJobBean {
        private final ReportFacts facts;

        public RefreshJob(ReportFacts facts) {
            this.facts = facts;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            facts.refresh();
        }
    }

    @DisallowConcurrentExecution
    public static class MonthlyJob extends QuartzJobBean {
        private final MonthlyReport report;

        public MonthlyJob(MonthlyReport report) {
            this.report = report;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            report.sendForPreviousMonth();
        }
    }

    @Bean
    JobDetail reportRefreshJob() {
        return JobBuilder.newJob(RefreshJob.class).withIdentity("report-refresh", "reporting").storeDurably().build();
    }

    @Bean
    Trigger reportRefreshTrigger(JobDetail reportRefreshJob) {
        return TriggerBuilder.newTrigger().forJob(reportRefreshJob).withIdentity("report-refresh", "reporting")
                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(1)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @Bean
    JobDetail monthlyReportJob() {
        return JobBuilder.newJob(MonthlyJob.class).withIdentity("monthly-report", "reporting").storeDurably().build();
    }

    @Bean
    Trigger monthlyReportTrigger(JobDetail monthlyReportJob) {
        return TriggerBuilder.newTrigger().forJob(monthlyReportJob).withIdentity("monthly-report", "reporting")
                .withSchedule(CronScheduleBuilder.monthlyOnDayAndHourAndMinute(1, 7, 0).inTimeZone(BUCHAREST)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
