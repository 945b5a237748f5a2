package ro.semnal.cohorts;

import java.util.List;

/**
 * What an import would do, row by row, before anything is written. {@code problemKey} names a problem with
 * the file as a whole (missing columns, over capacity), or is null.
 */
public record ImportPreview(List<RowPlan> rows, String problemKey) {

    public enum Action {
        /** A new account is created and invited by e-mail. */
        INVITE,
        /** An existing account is added to the cohort. */
        ENROL,
        /** Already a member: nothing to do. */
        ALREADY_MEMBER,
        /** The row cannot be imported: see its message. */
        ERROR
    }

    public record RowPlan(int line, String name, String email, Action action, List<String> messageKeys) {
    }

    public boolean importable() {
        return problemKey == null && rows.stream().noneMatch(r -> r.action() == Action.ERROR);
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }
}
