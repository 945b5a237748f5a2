package ro.semnal.assessment;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How an attempt stores its points per competency in one column ({@code identification=1.5/2;referral=0.0/1}),
 * shared with the reports that add them up.
 */
public final class CompetencyPoints {

    private CompetencyPoints() {
    }

    static String encode(Map<String, QuestionScore.Points> points) {
        return points.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().earned() + "/" + e.getValue().possible())
                .collect(Collectors.joining(";"));
    }

    public static Map<String, QuestionScore.Points> decode(String stored) {
        Map<String, QuestionScore.Points> points = new TreeMap<>();
        if (stored != null && !stored.isEmpty()) {
            for (String entry : stored.split(";")) {
                String[] kv = entry.split("=", 2);
                String[] values = kv[1].split("/", 2);
                points.put(kv[0], new QuestionScore.Points(Double.parseDouble(values[0]), Double.parseDouble(values[1])));
            }
        }
        return points;
    }
}
