package ro.semnal.catalog;

import ro.semnal.base.i18n.Language;

/**
 * A lesson ready to show: sanitised HTML, the language it is in, and whether that is not the language
 * asked for (the lesson exists only in the other one).
 */
public record LessonContent(String courseSlug, String lessonSlug, String title, String html, Language language,
        boolean fallback) {
}
