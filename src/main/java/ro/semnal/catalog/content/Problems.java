package ro.semnal.catalog.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects every problem found while reading a course, so the author sees them all at once. */
final class Problems {

    private final List<ContentError> errors = new ArrayList<>();

    void add(String file, int line, String code, Object... args) {
        errors.add(new ContentError(file, line, code, Arrays.stream(args).map(String::valueOf).toList()));
    }

    void add(YamlNode at, String code, Object... args) {
        add(at.file(), at.line(), code, args);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    List<ContentError> list() {
        return List.copyOf(errors);
    }
}
