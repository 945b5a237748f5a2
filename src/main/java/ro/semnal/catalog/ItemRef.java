package ro.semnal.catalog;

/** A lesson or quiz of a course, by its slug. */
public record ItemRef(ItemKind kind, String slug) {
}
