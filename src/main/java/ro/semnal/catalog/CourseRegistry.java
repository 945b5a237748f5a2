package ro.semnal.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The courses this node serves, in memory: each one's definition, its files, and rendered lessons. */
@Component
class CourseRegistry {

    record Entry(CourseDefinition course, SortedMap<String, byte[]> files, Map<String, String> renderedLessons) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    void put(CourseDefinition course, SortedMap<String, byte[]> files) {
        entries.put(course.slug(), new Entry(course, files, new ConcurrentHashMap<>()));
    }

    Optional<Entry> get(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(entries.get(slug));
    }

    Collection<Entry> all() {
        return entries.values();
    }
}
