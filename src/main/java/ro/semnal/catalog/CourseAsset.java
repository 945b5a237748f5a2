package ro.semnal.catalog;

/** A file from a course's assets folder. */
public record CourseAsset(String path, byte[] content) {
}
