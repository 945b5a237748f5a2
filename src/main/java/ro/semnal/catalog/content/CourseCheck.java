package ro.semnal.catalog.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Checks course folders from the command line, with the same rules as the import, so authors can
 * validate a course before publishing it: {@code scripts/check-courses.sh courses/my-course}. Prerequisites
 * are checked only among the folders given. Exits with status 1 when any course is refused.
 */
public final class CourseCheck {

    private CourseCheck() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"courses"} : args) {
            Path path = Path.of(arg);
            if (Files.isRegularFile(path.resolve(CourseReader.MANIFEST))) {
                folders.add(path);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(c -> Files.isRegularFile(c.resolve(CourseReader.MANIFEST))).sorted()
                            .forEach(folders::add);
                }
            }
        }
        ResourceBundle messages = ResourceBundle.getBundle("messages", Locale.ENGLISH);
        int refused = 0;
        for (Path folder : folders) {
            List<ContentError> errors = check(folder);
            System.out.printf("%s: %s%n", folder, errors.isEmpty() ? "OK" : errors.size() + " error(s)");
            for (ContentError error : errors) {
                String text = messages.containsKey(error.messageKey())
                        ? MessageFormat.format(messages.getString(error.messageKey()), error.args().toArray())
                        : error.code() + " " + error.args();
                System.out.printf("  %s%s: %s%n", error.file(), error.line() > 0 ? ":" + error.line() : "", text);
            }
            refused += errors.isEmpty() ? 0 : 1;
        }
        System.out.printf("%d course(s) checked, %d refused%n", folders.size(), refused);
        System.exit(refused == 0 ? 0 : 1);
    }

    static List<ContentError> check(Path folder) throws IOException {
        try {
            return new CourseReader().read(folder.getFileName().toString(), CourseArchive.readFolder(folder)).errors();
        } catch (CourseArchive.UnsafeArchiveException e) {
            return List.of(new ContentError(e.entry(), 0, "archive." + e.reason(), List.of()));
        }
    }
}
