package ro.semnal.catalog;

/** What a quiz is for. Pre- and post-tests measure knowledge gain; the attitude survey has no right answers. */
public enum QuizKind {
    PRACTICE, GRADED, PRE_TEST, POST_TEST, ATTITUDE_SURVEY;

    public static QuizKind parse(String value) {
        return QuizKind.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
