package ro.semnal.catalog.content;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import ro.semnal.accounts.Profession;
import ro.semnal.base.i18n.Language;
import ro.semnal.catalog.CertificateSettings;
import ro.semnal.catalog.CompletionRule;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ItemKind;
import ro.semnal.catalog.ItemRef;
import ro.semnal.catalog.LessonDefinition;
import ro.semnal.catalog.Localized;
import ro.semnal.catalog.ModuleDefinition;
import ro.semnal.catalog.QuizDefinition;

/**
 * Reads a course from its files (relative path to content) and checks everything that can be checked
 * inside the course: the manifest, every lesson in both languages with a sources section and existing
 * assets, and every quiz. Prerequisites are checked by the importer, which knows the other courses.
 */
public final class CourseReader {

    public static final String MANIFEST = "course.yaml";
    static final Set<String> SOURCES_HEADINGS = Set.of("Surse", "Sources", "Bibliografie", "References");

    public CourseReadResult read(String folder, SortedMap<String, byte[]> files) {
        Problems problems = new Problems();
        byte[] manifest = files.get(MANIFEST);
        if (manifest == null) {
            problems.add(MANIFEST, 0, "missingFile", MANIFEST);
            return new CourseReadResult(folder, Optional.empty(), problems.list());
        }
        Optional<YamlNode> parsed = YamlNode.parse(MANIFEST, manifest, problems);
        if (parsed.isEmpty()) {
            return new CourseReadResult(folder, Optional.empty(), problems.list());
        }
        YamlNode course = parsed.get();
        String slug = course.slug("slug", problems);
        if (slug != null && !slug.equals(folder)) {
            problems.add(course.get("slug").orElseThrow(), "slugMismatch", slug, folder);
        }
        Localized title = course.localized("title", problems, true);
        Localized summary = course.localized("summary", problems, true);
        Set<Profession> professions = professions(course, problems);
        BigDecimal hours = hours(course, "hours", problems);
        List<String> prerequisites = course.get("prerequisites").map(YamlNode::items).orElse(List.of()).stream()
                .map(YamlNode::scalar).toList();
        Map<String, LessonDefinition> lessons = new LinkedHashMap<>();
        Map<String, QuizDefinition> quizzes = new LinkedHashMap<>();
        List<ModuleDefinition> modules = modules(course, files, lessons, quizzes, problems);
        CompletionRule completion = completion(course, modules, problems);
        Optional<CertificateSettings> certificate = certificate(course, hours, problems);
        if (!problems.isEmpty()) {
            return new CourseReadResult(folder, Optional.empty(), problems.list());
        }
        return new CourseReadResult(folder, Optional.of(new CourseDefinition(slug, CourseArchive.contentHash(files),
                title, summary, professions, hours, prerequisites, modules, completion, certificate, lessons, quizzes)),
                List.of());
    }

    /** The slug a course's manifest declares, if it can be read: names the folder of an uploaded zip. */
    public static Optional<String> declaredSlug(SortedMap<String, byte[]> files) {
        byte[] manifest = files.get(MANIFEST);
        if (manifest == null) {
            return Optional.empty();
        }
        return YamlNode.parse(MANIFEST, manifest, new Problems()).flatMap(node -> node.optionalText("slug"))
                .filter(slug -> YamlNode.SLUG.matcher(slug).matches());
    }

    private static Set<Profession> professions(YamlNode course, Problems problems) {
        Optional<YamlNode> node = course.get("professions");
        if (node.isEmpty()) {
            problems.add(course, "missingField", "professions");
            return Set.of();
        }
        List<YamlNode> values = node.get().isSequence() ? node.get().items() : List.of(node.get());
        Set<Profession> professions = EnumSet.noneOf(Profession.class);
        for (YamlNode value : values) {
            String name = String.valueOf(value.scalar()).strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (name.equals("ALL")) {
                return Set.of();
            }
            try {
                professions.add(Profession.valueOf(name));
            } catch (IllegalArgumentException e) {
                problems.add(value, "unknownProfession", value.scalar());
            }
        }
        return Set.copyOf(professions);
    }

    static BigDecimal hours(YamlNode node, String key, Problems problems) {
        Optional<YamlNode> value = node.get(key);
        if (value.isEmpty()) {
            problems.add(node, "missingField", key);
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal hours = new BigDecimal(String.valueOf(value.get().scalar()).strip());
            if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(1000)) > 0) {
                problems.add(value.get(), "outOfRange", key, hours, "0", 1000);
            }
            return hours;
        } catch (NumberFormatException e) {
            problems.add(value.get(), "invalidValue", key, value.get().scalar());
            return BigDecimal.ZERO;
        }
    }

    private List<ModuleDefinition> modules(YamlNode course, SortedMap<String, byte[]> files,
            Map<String, LessonDefinition> lessons, Map<String, QuizDefinition> quizzes, Problems problems) {
        List<YamlNode> nodes = course.get("modules").map(YamlNode::items).orElse(List.of());
        if (nodes.isEmpty()) {
            problems.add(course.get("modules").orElse(course), "missingField", "modules");
        }
        Set<String> slugs = new HashSet<>();
        List<ModuleDefinition> modules = new ArrayList<>();
        for (YamlNode m : nodes) {
            String moduleSlug = m.slug("slug", problems);
            if (moduleSlug != null && !slugs.add(moduleSlug)) {
                problems.add(m, "duplicateSlug", moduleSlug);
            }
            Localized title = m.localized("title", problems, true);
            List<ItemRef> items = new ArrayList<>();
            List<YamlNode> itemNodes = m.get("items").map(YamlNode::items).orElse(List.of());
            if (itemNodes.isEmpty()) {
                problems.add(m, "missingField", "items");
            }
            for (YamlNode i : itemNodes) {
                ItemKind kind = i.has("lesson") ? ItemKind.LESSON : i.has("quiz") ? ItemKind.QUIZ : null;
                if (kind == null) {
                    problems.add(i, "missingField", "lesson | quiz");
                    continue;
                }
                String itemSlug = i.slug(kind == ItemKind.LESSON ? "lesson" : "quiz", problems);
                if (itemSlug == null) {
                    continue;
                }
                if (!slugs.add(itemSlug)) {
                    problems.add(i, "duplicateSlug", itemSlug);
                    continue;
                }
                items.add(new ItemRef(kind, itemSlug));
                if (kind == ItemKind.LESSON) {
                    lesson(itemSlug, i, files, problems).ifPresent(l -> lessons.put(itemSlug, l));
                } else {
                    quiz(itemSlug, i, files, problems).ifPresent(q -> quizzes.put(itemSlug, q));
                }
            }
            modules.add(new ModuleDefinition(moduleSlug, title, List.copyOf(items)));
        }
        return modules;
    }

    private Optional<LessonDefinition> lesson(String slug, YamlNode at, SortedMap<String, byte[]> files,
            Problems problems) {
        Map<Language, String> markdown = new LinkedHashMap<>();
        Map<Language, String> titles = new LinkedHashMap<>();
        int before = problems.size();
        for (Language language : Language.values()) {
            String file = "lessons/" + slug + "." + language.code() + ".md";
            byte[] content = files.get(file);
            if (content == null) {
                problems.add(at, "missingFile", file);
                continue;
            }
            String text = new String(content, StandardCharsets.UTF_8);
            markdown.put(language, text);
            Optional<String> title = MarkdownRenderer.firstHeading(text);
            if (title.isEmpty()) {
                problems.add(file, 1, "missingTitle");
            }
            titles.put(language, title.orElse(null));
            if (!MarkdownRenderer.hasSection(text, SOURCES_HEADINGS)) {
                problems.add(file, 0, "missingSources");
            }
            if (language == Language.RO) {
                cedillas(file, text, problems);
            }
            for (String asset : MarkdownRenderer.assetReferences(text)) {
                if (!files.containsKey(asset)) {
                    problems.add(file, lineOf(text, asset), "assetNotFound", asset);
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new LessonDefinition(slug, new Localized(titles.get(Language.RO), titles.get(Language.EN)),
                new Localized(markdown.get(Language.RO), markdown.get(Language.EN))));
    }

    private static void cedillas(String file, String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches(".*[şţŞŢ].*")) {
                problems.add(file, i + 1, "cedilla");
            }
        }
    }

    static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        return index < 0 ? 0 : (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private Optional<QuizDefinition> quiz(String slug, YamlNode at, SortedMap<String, byte[]> files,
            Problems problems) {
        String file = "quizzes/" + slug + ".yaml";
        byte[] content = files.get(file);
        if (content == null) {
            problems.add(at, "missingFile", file);
            return Optional.empty();
        }
        return new QuizReader(problems).read(slug, file, content);
    }

    private static CompletionRule completion(YamlNode course, List<ModuleDefinition> modules, Problems problems) {
        Set<String> all = new LinkedHashSet<>();
        modules.forEach(m -> m.items().forEach(i -> all.add(i.slug())));
        Optional<YamlNode> node = course.get("completion");
        if (node.isEmpty()) {
            return new CompletionRule(Set.copyOf(all), 0);
        }
        Optional<YamlNode> required = node.get().get("required");
        Set<String> items = new LinkedHashSet<>(all);
        if (required.isPresent() && required.get().isSequence()) {
            items.clear();
            for (YamlNode slug : required.get().items()) {
                if (!all.contains(slug.scalar())) {
                    problems.add(slug, "unknownSlug", slug.scalar());
                }
                items.add(slug.scalar());
            }
        } else if (required.isPresent() && !"all".equals(required.get().scalar())) {
            problems.add(required.get(), "invalidValue", "required", required.get().scalar());
        }
        int sessions = node.get().integer("attendedSessions", 0, 0, 100, problems);
        return new CompletionRule(Set.copyOf(items), sessions);
    }

    private static Optional<CertificateSettings> certificate(YamlNode course, BigDecimal courseHours,
            Problems problems) {
        Optional<YamlNode> node = course.get("certificate");
        if (node.isEmpty() || "none".equals(node.get().scalar())) {
            return Optional.empty();
        }
        if (!node.get().isMapping()) {
            problems.add(node.get(), "invalidValue", "certificate", node.get().scalar());
            return Optional.empty();
        }
        YamlNode c = node.get();
        BigDecimal hours = c.has("hours") ? hours(c, "hours", problems) : courseHours;
        Integer validity = c.has("validityMonths") ? c.integer("validityMonths", 0, 1, 600, problems) : null;
        String refresher = c.optionalText("refresherCourse").orElse(null);
        if (refresher != null && !YamlNode.SLUG.matcher(refresher).matches()) {
            problems.add(c.get("refresherCourse").orElseThrow(), "invalidSlug", refresher);
        }
        return Optional.of(new CertificateSettings(hours, validity, refresher));
    }
}
