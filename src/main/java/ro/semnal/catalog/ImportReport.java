package ro.semnal.catalog;

import java.util.List;

/** The outcome of an import, course by course. */
public record ImportReport(List<CourseImportResult> results) {

    public long count(ImportStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
