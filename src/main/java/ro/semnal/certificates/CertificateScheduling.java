package ro.semnal.certificates;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The certificate expiry job, every morning at 07:00 Bucharest time; a missed run fires once on start. */
@Configuration
class CertificateScheduling {

    @Bean
    JobDetail certificateExpiryJob() {
        return JobBuilder.newJob(CertificateExpiryJob.class).withIdentity("certificate-expiry", "certificates")
                .withDescription("Marks expired certificates and reminds holders before expiry").storeDurably().build();
    }

    @Bean
    Trigger certificateExpiryTrigger(JobDetail certificateExpiryJob) {
        return TriggerBuilder.newTrigger().forJob(certificateExpiryJob).withIdentity("certificate-expiry", "certificates")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(7, 0)
                        .inTimeZone(TimeZone.getTimeZone("Europe/Bucharest"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
