package ro.semnal.assessment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import ro.semnal.catalog.QuestionType;

/**
 * Stores answers as short text: ids are slugs ([a-z0-9-]), so commas, equals signs and semicolons never
 * appear inside them. {@code a,b} (choices, ordering, scenario path), {@code p1=p2;p3=p1} (matching),
 * {@code 4} (rating).
 */
final class AnswerCodec {

    private AnswerCodec() {
    }

    static String encode(Answer answer) {
        return switch (answer) {
            case Answer.Choice c -> String.join(",", new TreeSet<>(c.optionIds()));
            case Answer.Matching m -> m.leftToRight().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
            case Answer.Ordering o -> String.join(",", o.itemIds());
            case Answer.Scenario s -> String.join(",", s.choiceIds());
            case Answer.Likert l -> Integer.toString(l.value());
        };
    }

    static Answer decode(QuestionType type, String text) {
        String value = text == null ? "" : text;
        return switch (type) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> new Answer.Choice(Set.copyOf(ids(value)));
            case MATCHING -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                for (String pair : value.isEmpty() ? new String[0] : value.split(";")) {
                    String[] sides = pair.split("=", 2);
                    if (sides.length == 2) {
                        pairs.put(sides[0], sides[1]);
                    }
                }
                yield new Answer.Matching(pairs);
            }
            case ORDERING -> new Answer.Ordering(ids(value));
            case SCENARIO -> new Answer.Scenario(ids(value));
            case LIKERT -> new Answer.Likert(Integer.parseInt(value.strip()));
        };
    }

    private static List<String> ids(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
