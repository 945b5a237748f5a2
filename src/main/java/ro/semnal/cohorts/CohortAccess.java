package ro.semnal.cohorts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ro.semnal.accounts.TrainerScope;

/** A trainer follows the learners of the cohorts they run (used by assessment and other features). */
@Component
class CohortAccess implements TrainerScope {

    private final CohortMemberRepository members;

    CohortAccess(CohortMemberRepository members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean trainerSees(long trainerId, long learnerId) {
        return members.trainerHasLearner(trainerId, learnerId);
    }
}
