package ro.semnal.catalog;

import java.util.Set;

/**
 * When a course is complete: every required item done (a lesson read, a quiz passed) and, for blended
 * courses, a number of sessions attended. Kept apart from the text, like a grading policy.
 */
public record CompletionRule(Set<String> requiredItems, int attendedSessions) {
}
