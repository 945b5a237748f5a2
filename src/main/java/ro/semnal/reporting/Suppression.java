package ro.semnal.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ro.semnal.reporting.Figures.AttitudeChange;

/**
 * Small-group suppression of the attitude figures. A group of fewer than {@link Figures#MIN_GROUP} respondents is
 * hidden; and while the hidden groups of a course hold fewer than that many respondents together, the smallest
 * shown group is hidden too, or the course total would let anyone work the hidden ones out. Each course also gets a total row ("all
 * professions", profession null), itself hidden when small.
 */
final class Suppression {

    private Suppression() {
    }

    static List<AttitudeChange> apply(List<AttitudeChange> groups) {
        Map<String, List<AttitudeChange>> byCourse = new LinkedHashMap<>();
        groups.stream().sorted(Comparator.comparing(AttitudeChange::course).thenComparing(AttitudeChange::profession))
                .forEach(g -> byCourse.computeIfAbsent(g.course(), k -> new ArrayList<>()).add(g));
        List<AttitudeChange> result = new ArrayList<>();
        byCourse.forEach((course, rows) -> {
            long n = rows.stream().mapToLong(AttitudeChange::respondents).sum();
            double before = rows.stream().mapToDouble(r -> r.before() * r.respondents()).sum();
            double after = rows.stream().mapToDouble(r -> r.after() * r.respondents()).sum();
            List<AttitudeChange> shown = new ArrayList<>();
            rows.forEach(r -> shown.add(r.respondents() < Figures.MIN_GROUP ? hide(r) : r));
            while (hiddenRespondents(shown) > 0 && hiddenRespondents(shown) < Figures.MIN_GROUP) {
                AttitudeChange smallest = shown.stream().filter(r -> !r.suppressed())
                        .min(Comparator.comparingLong(AttitudeChange::respondents)).orElse(null);
                if (smallest == null) {
                    break;
                }
                shown.set(shown.indexOf(smallest), hide(smallest));
            }
            result.addAll(shown);
            AttitudeChange total = new AttitudeChange(course, null, n, before / n, after / n, false);
            result.add(n < Figures.MIN_GROUP ? hide(total) : total);
        });
        return result;
    }

    private static long hiddenRespondents(List<AttitudeChange> rows) {
        return rows.stream().filter(AttitudeChange::suppressed).mapToLong(AttitudeChange::respondents).sum();
    }

    private static AttitudeChange hide(AttitudeChange row) {
        return new AttitudeChange(row.course(), row.profession(), row.respondents(), null, null, true);
    }
}
