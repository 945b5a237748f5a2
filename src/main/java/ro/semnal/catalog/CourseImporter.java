package ro.semnal.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ro.semnal.catalog.content.ContentError;
import ro.semnal.catalog.content.CourseArchive;
import ro.semnal.catalog.content.CourseReadResult;
import ro.semnal.catalog.content.CourseReader;

/**
 * Validates course folders and imports the valid ones, each in its own transaction: a refused course
 * changes nothing, an unchanged one is not imported again, and every version imported is stored whole.
 */
@Component
class CourseImporter {

    private static final Logger log = LoggerFactory.getLogger(CourseImporter.class);

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseItemRepository items;
    private final CourseRegistry registry;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CourseReader reader = new CourseReader();

    CourseImporter(CourseRepository courses, CourseVersionRepository versions, CourseItemRepository items,
            CourseRegistry registry, TransactionTemplate transactions, Clock clock) {
        this.courses = courses;
        this.versions = versions;
        this.items = items;
        this.registry = registry;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Imports every course folder (a folder with a course.yaml) under the root. */
    ImportReport importFolder(Path root, String by) {
        if (!Files.isDirectory(root)) {
            log.warn("The courses folder {} does not exist; no course imported", root.toAbsolutePath());
            return new ImportReport(List.of());
        }
        Map<String, SortedMap<String, byte[]>> folders = new java.util.TreeMap<>();
        List<CourseImportResult> results = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path folder : children.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.isRegularFile(folder.resolve(CourseReader.MANIFEST))) {
                    continue;
                }
                String name = folder.getFileName().toString();
                try {
                    folders.put(name, CourseArchive.readFolder(folder));
                } catch (CourseArchive.UnsafeArchiveException e) {
                    results.add(refused(name, new ContentError(e.entry(), 0, "archive." + e.reason(), List.of())));
                } catch (IOException e) {
                    results.add(refused(name, new ContentError(name, 0, "unreadable", List.of(e.getMessage()))));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the courses folder " + root, e);
        }
        results.addAll(importAll(folders, by));
        return new ImportReport(results);
    }

    private static CourseImportResult refused(String folder, ContentError error) {
        return new CourseImportResult(folder, ImportStatus.REFUSED, null, List.of(error));
    }

    /** Imports a batch of courses; prerequisites may name courses of the batch or ones already served. */
    ImportReport importBatch(Map<String, SortedMap<String, byte[]>> folders, String by) {
        return new ImportReport(importAll(folders, by));
    }

    private List<CourseImportResult> importAll(Map<String, SortedMap<String, byte[]>> folders, String by) {
        List<CourseReadResult> read = folders.entrySet().stream()
                .map(e -> reader.read(e.getKey(), e.getValue())).toList();
        Set<String> known = new HashSet<>(read.stream().filter(CourseReadResult::valid).map(CourseReadResult::folder)
                .toList());
        registry.all().forEach(e -> known.add(e.course().slug()));
        List<CourseImportResult> results = new ArrayList<>();
        for (CourseReadResult result : read) {
            if (!result.valid()) {
                results.add(new CourseImportResult(result.folder(), ImportStatus.REFUSED, null, result.errors()));
                continue;
            }
            CourseDefinition course = result.course().orElseThrow();
            List<ContentError> errors = prerequisiteErrors(course, folders.get(result.folder()), known);
            if (!errors.isEmpty()) {
                results.add(new CourseImportResult(result.folder(), ImportStatus.REFUSED, null, errors));
                continue;
            }
            results.add(store(course, folders.get(result.folder()), by));
        }
        results.stream().filter(r -> r.status() == ImportStatus.REFUSED)
                .forEach(r -> log.warn("Course {} refused: {}", r.folder(), r.errors()));
        return results;
    }

    private static List<ContentError> prerequisiteErrors(CourseDefinition course, SortedMap<String, byte[]> files,
            Set<String> known) {
        String manifest = new String(files.get(CourseReader.MANIFEST), StandardCharsets.UTF_8);
        List<ContentError> errors = new ArrayList<>();
        for (String prerequisite : course.prerequisites()) {
            if (prerequisite == null || prerequisite.equals(course.slug()) || !known.contains(prerequisite)) {
                errors.add(new ContentError(CourseReader.MANIFEST, lineOf(manifest, prerequisite), "unknownSlug",
                        List.of(String.valueOf(prerequisite))));
            }
        }
        return errors;
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (needle != null && lines[i].contains(needle) && lines[i].stripLeading().startsWith("-")) {
                return i + 1;
            }
        }
        return 0;
    }

    private CourseImportResult store(CourseDefinition course, SortedMap<String, byte[]> files, String by) {
        boolean served = registry.get(course.slug()).map(e -> e.course().version().equals(course.version()))
                .orElse(false);
        if (served) {
            return new CourseImportResult(course.slug(), ImportStatus.UNCHANGED, course.version(), List.of());
        }
        try {
            boolean imported = Boolean.TRUE.equals(transactions.execute(status -> save(course, files, by)));
            registry.put(course, files);
            log.info("Course {} {} (version {})", course.slug(), imported ? "imported" : "unchanged",
                    course.version().substring(0, 12));
            return new CourseImportResult(course.slug(), imported ? ImportStatus.IMPORTED : ImportStatus.UNCHANGED,
                    course.version(), List.of());
        } catch (DataIntegrityViolationException anotherNodeWasFaster) {
            registry.put(course, files);
            return new CourseImportResult(course.slug(), ImportStatus.UNCHANGED, course.version(), List.of());
        }
    }

    /** Returns false when this exact version was already stored (by another node, or before a restart). */
    private boolean save(CourseDefinition course, SortedMap<String, byte[]> files, String by) {
        Instant now = clock.instant();
        Course row = courses.findById(course.slug()).orElseGet(() -> new Course(course.slug()));
        boolean sameVersion = course.version().equals(row.contentVersion());
        row.update(course, now);
        courses.saveAndFlush(row);
        if (!versions.existsByCourseSlugAndContentVersion(course.slug(), course.version())) {
            versions.saveAndFlush(new CourseVersion(course.slug(), course.version(), now, by,
                    CourseArchive.writeZip(files)));
        }
        Map<CourseItem.Key, CourseItem> existing = items.findByKeyCourseSlug(course.slug()).stream()
                .collect(Collectors.toMap(CourseItem::key, Function.identity()));
        existing.values().forEach(CourseItem::markRemoved);
        int position = 0;
        for (ModuleDefinition module : course.modules()) {
            for (ItemRef item : module.items()) {
                CourseItem.Key key = new CourseItem.Key(course.slug(), item.slug());
                CourseItem row2 = existing.computeIfAbsent(key, CourseItem::new);
                row2.update(item.kind(), module.slug(), position++, course.completion().requiredItems()
                        .contains(item.slug()));
            }
        }
        items.saveAll(existing.values());
        return !sameVersion;
    }

    /** Loads into memory the current version of every course stored in the database. */
    void loadStored() {
        transactions.executeWithoutResult(status -> {
            for (Course course : courses.findAll()) {
                if (registry.get(course.slug()).map(e -> e.course().version().equals(course.contentVersion()))
                        .orElse(false)) {
                    continue;
                }
                versions.findByCourseSlugAndContentVersion(course.slug(), course.contentVersion())
                        .ifPresent(version -> loadVersion(course.slug(), version));
            }
        });
    }

    private void loadVersion(String slug, CourseVersion version) {
        try {
            SortedMap<String, byte[]> files = CourseArchive.readZip(new ByteArrayInputStream(version.packageZip()))
                    .files();
            reader.read(slug, files).course().ifPresentOrElse(course -> registry.put(course, files),
                    () -> log.error("Stored course {} no longer validates; not served", slug));
        } catch (CourseArchive.UnsafeArchiveException e) {
            log.error("Stored course {} cannot be read: {}", slug, e.getMessage());
        }
    }
}
