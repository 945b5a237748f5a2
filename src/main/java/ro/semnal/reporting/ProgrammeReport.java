package ro.semnal.reporting;

import java.time.Instant;
import java.util.List;

import ro.semnal.reporting.Figures.AttitudeChange;
import ro.semnal.reporting.Figures.CompetencyScore;
import ro.semnal.reporting.Figures.Funnel;
import ro.semnal.reporting.Figures.Headline;
import ro.semnal.reporting.Figures.KnowledgeGain;
import ro.semnal.reporting.Figures.ModuleReach;
import ro.semnal.reporting.Figures.Month;
import ro.semnal.reporting.Figures.Sessions;
import ro.semnal.reporting.Figures.Tally;
import ro.semnal.reporting.Figures.TargetProgress;

/**
 * Every programme figure for one filter, computed at {@code generatedAt} from facts brought up to date at
 * {@code refreshedTo} (null if never). {@code modules} is empty unless a course is chosen; {@code targets} is
 * empty for trainers.
 */
public record ProgrammeReport(ReportFilter filter, Instant generatedAt, Instant refreshedTo, Headline headline,
        List<Month> trainedByMonth, List<Tally> byProfession, List<Tally> byCounty, List<Tally> byInstitution,
        List<Tally> byCourse, Funnel funnel, List<ModuleReach> modules, List<KnowledgeGain> knowledge,
        List<CompetencyScore> competencies, List<AttitudeChange> attitudes, List<Sessions> sessions,
        List<TargetProgress> targets) {
}
