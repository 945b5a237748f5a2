package ro.semnal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import ro.semnal.accounts.CurrentUser;
import ro.semnal.audit.AuditAction;
import ro.semnal.audit.AuditLog;
import ro.semnal.base.i18n.Language;
import ro.semnal.catalog.content.ContentError;
import ro.semnal.catalog.content.CourseArchive;
import ro.semnal.catalog.content.CourseReader;
import ro.semnal.catalog.content.MarkdownRenderer;

/**
 * The courses Semnal serves, read from the {@code courses/} folder (or an uploaded zip) and kept, version
 * by version, in the database. Lessons are rendered to sanitised HTML once per version and language.
 */
@Service
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    private final CourseRegistry registry;
    private final CourseImporter importer;
    private final CatalogProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private volatile Instant nextRefresh = Instant.MIN;

    CatalogService(CourseRegistry registry, CourseImporter importer, CatalogProperties properties,
            CurrentUser currentUser, Clock clock, AuditLog audit) {
        this.registry = registry;
        this.audit = audit;
        this.importer = importer;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every course served, by Romanian title. */
    public List<CourseDefinition> courses() {
        refreshIfStale();
        return registry.all().stream().map(CourseRegistry.Entry::course)
                .sorted(Comparator.comparing(c -> c.title().ro())).toList();
    }

    public Optional<CourseDefinition> course(String slug) {
        refreshIfStale();
        return registry.get(slug).map(CourseRegistry.Entry::course);
    }

    /** A lesson in the wanted language, or in the other one (marked as a fallback) when it lacks that one. */
    public Optional<LessonContent> lesson(String courseSlug, String lessonSlug, Language wanted) {
        return registry.get(courseSlug).flatMap(entry -> {
            LessonDefinition lesson = entry.course().lessons().get(lessonSlug);
            if (lesson == null) {
                return Optional.empty();
            }
            Language language = lesson.markdown().has(wanted) ? wanted
                    : wanted == Language.RO ? Language.EN : Language.RO;
            String html = entry.renderedLessons().computeIfAbsent(lessonSlug + "." + language.code(),
                    key -> renderer.toSafeHtml(lesson.markdown().in(language),
                            path -> assetUrl(entry.course(), path)));
            return Optional.of(new LessonContent(courseSlug, lessonSlug, lesson.title().orOther(language), html,
                    language, language != wanted));
        });
    }

    static String assetUrl(CourseDefinition course, String path) {
        return "/course-assets/" + course.slug() + "/" + course.version().substring(0, 12) + "/" + path;
    }

    /** A file of the course's assets folder; nothing outside it. */
    public Optional<CourseAsset> asset(String courseSlug, String path) {
        if (path == null || !path.startsWith("assets/") || path.contains("..") || path.contains("\\")) {
            return Optional.empty();
        }
        return registry.get(courseSlug).map(CourseRegistry.Entry::files).map(files -> files.get(path))
                .map(content -> new CourseAsset(path, content));
    }

    /** Validates and imports every course folder; invalid courses are refused and the served ones stay. */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport reload() {
        ImportReport report = importer.importFolder(properties.folder(), currentUser.email().orElse(null));
        audit.record(AuditAction.CONTENT_RELOADED, AuditLog.COURSE, null, null, summary(report));
        return report;
    }

    private static String summary(ImportReport report) {
        return report.results().stream().map(r -> r.folder() + " " + r.status())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** On start-up: serve what the database holds, then import the folder's new or changed courses. */
    ImportReport startUp() {
        importer.loadStored();
        nextRefresh = clock.instant().plus(properties.refreshInterval());
        return properties.importOnStartup() ? importer.importFolder(properties.folder(), "start-up")
                : new ImportReport(List.of());
    }

    /**
     * Imports an uploaded zip of one course folder (the folder itself, or its contents). When valid, it
     * also replaces the course's folder on disk, so the folder stays the source of truth.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importZip(InputStream zip) {
        CourseArchive.Contents contents;
        try {
            contents = CourseArchive.readZip(zip);
        } catch (CourseArchive.UnsafeArchiveException e) {
            return refused("upload", new ContentError(String.valueOf(e.entry()), 0, "archive." + e.reason(), List.of()));
        }
        String folder = contents.folderName().orElseGet(() -> CourseReader.declaredSlug(contents.files()).orElse(""));
        if (folder.isEmpty()) {
            return refused("upload", new ContentError(CourseReader.MANIFEST, 0, "missingFile",
                    List.of(CourseReader.MANIFEST)));
        }
        ImportReport report = importer.importBatch(Map.of(folder, contents.files()), currentUser.email().orElse(null));
        if (report.count(ImportStatus.REFUSED) == 0) {
            writeFolder(folder, contents.files());
        }
        audit.record(AuditAction.CONTENT_UPLOADED, AuditLog.COURSE, folder, null, summary(report));
        return report;
    }

    private static ImportReport refused(String folder, ContentError error) {
        return new ImportReport(List.of(new CourseImportResult(folder, ImportStatus.REFUSED, null, List.of(error))));
    }

    private void writeFolder(String slug, SortedMap<String, byte[]> files) {
        Path root = properties.folder();
        try {
            Files.createDirectories(root);
            Path incoming = Files.createTempDirectory(root, "." + slug + "-upload-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = incoming.resolve(file.getKey()).normalize();
                if (!target.startsWith(incoming)) {
                    throw new IOException("Path outside the course folder: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            Path current = root.resolve(slug);
            if (Files.exists(current)) {
                Path old = root.resolve("." + slug + "-replaced-" + clock.millis());
                Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(incoming, current, StandardCopyOption.ATOMIC_MOVE);
                deleteRecursively(old);
            } else {
                Files.move(incoming, current, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            log.error("Course {} was imported but its folder could not be written to {}", slug, root, e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void refreshIfStale() {
        Instant now = clock.instant();
        if (now.isAfter(nextRefresh)) {
            nextRefresh = now.plus(properties.refreshInterval());
            importer.loadStored();
        }
    }
}
