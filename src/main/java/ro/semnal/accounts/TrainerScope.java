package ro.semnal.accounts;

/**
 * Which learners a trainer may follow: those of the cohorts the trainer runs. The cohorts feature
 * provides the implementation; without cohorts, a trainer follows no one.
 */
@FunctionalInterface
public interface TrainerScope {

    TrainerScope NONE = (trainerId, learnerId) -> false;

    boolean trainerSees(long trainerId, long learnerId);
}
