package ro.semnal.assessment;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Submits attempts whose time ran out, with the answers saved; safe to run on any node, any number of times. */
@DisallowConcurrentExecution
public class ExpiredAttemptsJob extends QuartzJobBean {

    private final AssessmentService assessment;

    public ExpiredAttemptsJob(AssessmentService assessment) {
        this.assessment = assessment;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        assessment.submitExpired();
    }
}
