package ro.semnal.catalog;

import java.util.Locale;

/** What a learner sees after submitting an attempt. */
public enum ReviewPolicy {
    /** Only whether the attempt passed. */
    NONE,
    /** The score, no answers. */
    SCORE,
    /** Each question, the learner's answer, the correct one, the explanation and its source. */
    FULL;

    public static ReviewPolicy parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
