package ro.semnal.catalog;

import java.util.Locale;

/** Which of a learner's attempts counts for a quiz. */
public enum GradingMethod {
    BEST, LAST, FIRST, AVERAGE;

    public static GradingMethod parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
