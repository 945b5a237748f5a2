package ro.semnal.catalog.content;

import java.util.List;

/**
 * One reason a course was refused: the file (relative to the course folder), the 1-based line (0 when the
 * problem is the file as a whole), a code naming the kind of problem and its arguments. The interface shows
 * it through the bundle key {@code content.error.<code>}.
 */
public record ContentError(String file, int line, String code, List<String> args) {

    public ContentError {
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "content.error." + code;
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + code + (args.isEmpty() ? "" : " " + args);
    }
}
