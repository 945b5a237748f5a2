package ro.semnal.catalog.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ro.semnal.catalog.GradingMethod;
import ro.semnal.catalog.Localized;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuestionType;
import ro.semnal.catalog.QuizDefinition;
import ro.semnal.catalog.QuizKind;
import ro.semnal.catalog.ReviewPolicy;

/** Reads and checks one quiz file ({@code quizzes/<slug>.yaml}). */
final class QuizReader {

    static final Localized TRUE = new Localized("Adevărat", "True");
    static final Localized FALSE = new Localized("Fals", "False");

    private final Problems problems;

    QuizReader(Problems problems) {
        this.problems = problems;
    }

    Optional<QuizDefinition> read(String slug, String file, byte[] content) {
        int before = problems.size();
        Optional<YamlNode> parsed = YamlNode.parse(file, content, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlNode quiz = parsed.get();
        String declared = quiz.slug("slug", problems);
        if (declared != null && !declared.equals(slug)) {
            problems.add(quiz.get("slug").orElseThrow(), "slugMismatch", declared, slug);
        }
        QuizKind kind = enumValue(quiz, "kind", QuizKind::parse, null);
        Localized title = quiz.localized("title", problems, true);
        Localized intro = quiz.localized("intro", problems, false);
        List<Question> questions = questions(quiz, kind);
        int draw = quiz.integer("draw", questions.size(), 1, 1000, problems);
        if (draw > questions.size() && !questions.isEmpty()) {
            problems.add(quiz.get("draw").orElse(quiz), "drawTooLarge", draw, questions.size());
        }
        int passMark = quiz.integer("passMark", 70, 0, 100, problems);
        int attempts = quiz.integer("attempts", 0, 0, 100, problems);
        Integer timeLimit = quiz.has("timeLimitMinutes") ? quiz.integer("timeLimitMinutes", 0, 1, 600, problems) : null;
        int wait = quiz.integer("waitMinutes", 0, 0, 525_600, problems);
        GradingMethod grading = enumValue(quiz, "grading", GradingMethod::parse, GradingMethod.BEST);
        ReviewPolicy review = enumValue(quiz, "review", ReviewPolicy::parse, ReviewPolicy.FULL);
        boolean shuffle = quiz.bool("shuffleOptions", true, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new QuizDefinition(slug, kind, title, intro, draw, passMark, attempts, timeLimit, wait,
                grading, review, shuffle, questions));
    }

    private <E> E enumValue(YamlNode node, String key, java.util.function.Function<String, E> parse, E otherwise) {
        Optional<YamlNode> value = node.get(key);
        if (value.isEmpty() || value.get().scalar() == null) {
            if (otherwise == null) {
                problems.add(node, "missingField", key);
            }
            return otherwise;
        }
        try {
            return parse.apply(value.get().scalar());
        } catch (IllegalArgumentException e) {
            problems.add(value.get(), "invalidValue", key, value.get().scalar());
            return otherwise;
        }
    }

    private List<Question> questions(YamlNode quiz, QuizKind kind) {
        Optional<YamlNode> pool = quiz.get("questions");
        if (pool.isEmpty() || pool.get().items().isEmpty()) {
            problems.add(pool.orElse(quiz), "missingField", "questions");
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode q : pool.get().items()) {
            String id = q.slug("id", problems);
            if (id != null && !ids.add(id)) {
                problems.add(q, "duplicateSlug", id);
            }
            QuestionType type = enumValue(q, "type", QuestionType::parse, null);
            if (type == null || id == null) {
                continue;
            }
            boolean survey = kind == QuizKind.ATTITUDE_SURVEY;
            if (survey != (type == QuestionType.LIKERT)) {
                problems.add(q.get("type").orElseThrow(), survey ? "surveyNeedsLikert" : "likertOnlyInSurvey", id);
                continue;
            }
            question(q, id, type).ifPresent(questions::add);
        }
        return questions;
    }

    private Optional<Question> question(YamlNode q, String id, QuestionType type) {
        String competency = q.optionalText("competency").orElse("general");
        Localized text = q.localized("text", problems, true);
        if (type == QuestionType.LIKERT) {
            return Optional.of(new Question.Likert(id, competency, text, q.bool("reverse", false, problems)));
        }
        Localized explanation = q.localized("explanation", problems, true);
        String source = q.text("source", problems);
        return Optional.ofNullable(switch (type) {
            case SINGLE, MULTIPLE -> new Question.Choice(id, type, competency, text, options(q, id, type),
                    explanation, source);
            case TRUE_FALSE -> trueFalse(q, id, competency, text, explanation, source);
            case MATCHING -> new Question.Matching(id, competency, text, pairs(q, id), explanation, source);
            case ORDERING -> new Question.Ordering(id, competency, text, orderItems(q, id), explanation, source);
            case SCENARIO -> new ScenarioReader(problems).read(q, id, competency, text, explanation, source);
            case LIKERT -> null;
        });
    }

    private List<Question.Option> options(YamlNode q, String questionId, QuestionType type) {
        List<YamlNode> nodes = q.get("options").map(YamlNode::items).orElse(List.of());
        if (nodes.size() < 2) {
            problems.add(q.get("options").orElse(q), "tooFewOptions", questionId, 2);
        }
        List<Question.Option> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode o : nodes) {
            String id = o.slug("id", problems);
            if (id != null && !ids.add(id)) {
                problems.add(o, "duplicateSlug", id);
            }
            options.add(new Question.Option(id, o.localized("text", problems, true), o.bool("correct", false, problems),
                    o.localized("feedback", problems, true)));
        }
        long correct = options.stream().filter(Question.Option::correct).count();
        if (correct == 0 && nodes.size() >= 2) {
            problems.add(q, "noCorrectAnswer", questionId);
        } else if (type == QuestionType.SINGLE && correct > 1) {
            problems.add(q, "tooManyCorrect", questionId);
        }
        return options;
    }

    private Question trueFalse(YamlNode q, String id, String competency, Localized text, Localized explanation,
            String source) {
        Optional<YamlNode> answer = q.get("answer");
        if (answer.isEmpty()) {
            problems.add(q, "noCorrectAnswer", id);
        }
        boolean isTrue = q.bool("answer", true, problems);
        YamlNode feedback = q.get("feedback").orElse(q);
        if (q.get("feedback").isEmpty()) {
            problems.add(q, "missingField", "feedback");
        }
        Localized right = feedback.localized("correct", problems, true);
        Localized wrong = feedback.localized("wrong", problems, true);
        return new Question.Choice(id, QuestionType.TRUE_FALSE, competency, text, List.of(
                new Question.Option("true", TRUE, isTrue, isTrue ? right : wrong),
                new Question.Option("false", FALSE, !isTrue, isTrue ? wrong : right)), explanation, source);
    }

    private List<Question.Pair> pairs(YamlNode q, String questionId) {
        List<YamlNode> nodes = q.get("pairs").map(YamlNode::items).orElse(List.of());
        if (nodes.size() < 2) {
            problems.add(q.get("pairs").orElse(q), "tooFewOptions", questionId, 2);
        }
        Set<String> ids = new HashSet<>();
        List<Question.Pair> pairs = new ArrayList<>();
        for (YamlNode p : nodes) {
            String id = p.slug("id", problems);
            if (id != null && !ids.add(id)) {
                problems.add(p, "duplicateSlug", id);
            }
            pairs.add(new Question.Pair(id, p.localized("left", problems, true), p.localized("right", problems, true)));
        }
        return pairs;
    }

    private List<Question.OrderItem> orderItems(YamlNode q, String questionId) {
        List<YamlNode> nodes = q.get("items").map(YamlNode::items).orElse(List.of());
        if (nodes.size() < 2) {
            problems.add(q.get("items").orElse(q), "tooFewOptions", questionId, 2);
        }
        Set<String> ids = new HashSet<>();
        List<Question.OrderItem> items = new ArrayList<>();
        for (YamlNode i : nodes) {
            String id = i.slug("id", problems);
            if (id != null && !ids.add(id)) {
                problems.add(i, "duplicateSlug", id);
            }
            items.add(new Question.OrderItem(id, i.localized("text", problems, true)));
        }
        return items;
    }
}
