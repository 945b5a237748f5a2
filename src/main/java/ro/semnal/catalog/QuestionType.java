package ro.semnal.catalog;

import java.util.Locale;

/** The kinds of question the course format defines and the assessment engine grades. */
public enum QuestionType {
    SINGLE, MULTIPLE, TRUE_FALSE, MATCHING, ORDERING, SCENARIO, LIKERT;

    public static QuestionType parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
