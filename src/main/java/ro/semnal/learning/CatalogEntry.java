package ro.semnal.learning;

import ro.semnal.catalog.CourseDefinition;

/** A course card of the catalog: the course, the learner's status and progress, and whether it is for them. */
public record CatalogEntry(CourseDefinition course, CourseStatus status, int percent, boolean forMyProfession) {
}
