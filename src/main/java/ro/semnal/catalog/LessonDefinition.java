package ro.semnal.catalog;

/** A lesson: Markdown per language; its title is the first level-1 heading of each file. */
public record LessonDefinition(String slug, Localized title, Localized markdown) {
}
