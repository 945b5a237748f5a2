package ro.semnal.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ro.semnal.accounts.Profession;

/**
 * A course as read from its folder: the manifest, its lessons and quizzes by slug, and the content
 * version (a hash of every file). {@code professions} empty means the course is for every profession.
 */
public record CourseDefinition(String slug, String version, Localized title, Localized summary,
        Set<Profession> professions, BigDecimal hours, List<String> prerequisites, List<ModuleDefinition> modules,
        CompletionRule completion, Optional<CertificateSettings> certificate, Map<String, LessonDefinition> lessons,
        Map<String, QuizDefinition> quizzes) {

    public boolean isFor(Profession profession) {
        return professions.isEmpty() || professions.contains(profession);
    }

    /** The items in course order, across modules. */
    public List<ItemRef> items() {
        return modules.stream().flatMap(m -> m.items().stream()).toList();
    }

    public Optional<ItemRef> item(String itemSlug) {
        return items().stream().filter(i -> i.slug().equals(itemSlug)).findFirst();
    }
}
