package ro.semnal.catalog;

/** What a course item is. */
public enum ItemKind {
    LESSON, QUIZ
}
