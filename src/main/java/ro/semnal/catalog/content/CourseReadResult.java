package ro.semnal.catalog.content;

import java.util.List;
import java.util.Optional;

import ro.semnal.catalog.CourseDefinition;

/** A course folder as read: the course when it is valid, otherwise every error found. */
public record CourseReadResult(String folder, Optional<CourseDefinition> course, List<ContentError> errors) {

    public boolean valid() {
        return course.isPresent() && errors.isEmpty();
    }
}
