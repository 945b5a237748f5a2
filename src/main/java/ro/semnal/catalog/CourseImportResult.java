package ro.semnal.catalog;

import java.util.List;

import ro.semnal.catalog.content.ContentError;

/** The outcome of importing one course folder. */
public record CourseImportResult(String folder, ImportStatus status, String version, List<ContentError> errors) {
}
