package ro.semnal.reporting;

import java.time.YearMonth;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;

/**
 * What the programme figures are limited to. Every part is optional: {@code null} means "all". The period is
 * a range of whole months in Romanian time, both ends included.
 */
public record ReportFilter(YearMonth from, YearMonth to, String courseSlug, Profession profession, County county,
        String institution, Long cohortId) {

    public static final ReportFilter ALL = new ReportFilter(null, null, null, null, null, null, null);

    public ReportFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ro.semnal.base.validation.InvalidInputException("period", "reporting.error.period");
        }
        institution = institution == null || institution.isBlank() ? null : institution.trim();
    }

    public ReportFilter withCohort(Long cohort) {
        return new ReportFilter(from, to, courseSlug, profession, county, institution, cohort);
    }

    public ReportFilter withCourse(String course) {
        return new ReportFilter(from, to, course, profession, county, institution, cohortId);
    }

    int fromMonth() {
        return from == null ? 1 : Months.of(from);
    }

    int toMonth() {
        return to == null ? 999_999 : Months.of(to);
    }
}
