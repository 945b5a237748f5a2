package ro.semnal.learning;

import java.util.Optional;

import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ItemRef;
import ro.semnal.catalog.LessonContent;

/** A lesson as the learner opens it, with the items before and after it and whether it is done. */
public record LessonPage(CourseDefinition course, LessonContent content, Optional<ItemRef> previous,
        Optional<ItemRef> next, boolean done) {
}
