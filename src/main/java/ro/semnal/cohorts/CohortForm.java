package ro.semnal.cohorts;

import java.time.LocalDate;
import java.util.Set;

/** What a trainer fills in to create or change a cohort. */
public record CohortForm(String name, Set<String> courses, LocalDate startDate, LocalDate endDate, int capacity,
        Set<Long> trainerIds, int attendanceRequired) {
}
