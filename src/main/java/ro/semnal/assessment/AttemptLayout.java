package ro.semnal.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuestionType;
import ro.semnal.catalog.QuizDefinition;

/**
 * The questions drawn for an attempt, in the order shown, and for each the order of its options (choice),
 * right-hand items (matching) or items (ordering). Stored with the attempt as {@code q1:a,b|q2:|...}.
 */
record AttemptLayout(Map<String, List<String>> questions) {

    static AttemptLayout draw(QuizDefinition quiz, RandomGenerator random) {
        List<Question> pool = new ArrayList<>(quiz.questions());
        shuffle(pool, random);
        Map<String, List<String>> layout = new LinkedHashMap<>();
        for (Question question : pool.subList(0, Math.min(quiz.draw(), pool.size()))) {
            layout.put(question.id(), order(question, quiz.shuffleOptions(), random));
        }
        return new AttemptLayout(layout);
    }

    private static List<String> order(Question question, boolean shuffleOptions, RandomGenerator random) {
        List<String> ids = switch (question) {
            case Question.Choice c -> new ArrayList<>(c.options().stream().map(Question.Option::id).toList());
            case Question.Matching m -> new ArrayList<>(m.pairs().stream().map(Question.Pair::id).toList());
            case Question.Ordering o -> new ArrayList<>(o.items().stream().map(Question.OrderItem::id).toList());
            case Question.Scenario s -> new ArrayList<String>();
            case Question.Likert l -> new ArrayList<String>();
        };
        boolean meaningfulOrder = question.type() == QuestionType.TRUE_FALSE;
        boolean mustShuffle = question.type() == QuestionType.ORDERING || question.type() == QuestionType.MATCHING;
        if (mustShuffle || (shuffleOptions && !meaningfulOrder)) {
            shuffle(ids, random);
        }
        if (question.type() == QuestionType.ORDERING && ids.size() > 1 && isSorted(question, ids)) {
            ids.add(ids.removeFirst()); // never show an ordering question already solved
        }
        return List.copyOf(ids);
    }

    private static boolean isSorted(Question question, List<String> ids) {
        return ((Question.Ordering) question).items().stream().map(Question.OrderItem::id).toList().equals(ids);
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    List<String> questionIds() {
        return List.copyOf(questions.keySet());
    }

    List<String> order(String questionId) {
        return Optional.ofNullable(questions.get(questionId)).orElse(List.of());
    }

    String encode() {
        return questions.entrySet().stream().map(e -> e.getKey() + ":" + String.join(",", e.getValue()))
                .collect(Collectors.joining("|"));
    }

    static AttemptLayout decode(String text) {
        Map<String, List<String>> layout = new LinkedHashMap<>();
        for (String entry : text.isEmpty() ? new String[0] : text.split("\\|")) {
            String[] parts = entry.split(":", 2);
            layout.put(parts[0], parts.length < 2 || parts[1].isEmpty() ? List.of()
                    : Arrays.asList(parts[1].split(",")));
        }
        return new AttemptLayout(layout);
    }
}
