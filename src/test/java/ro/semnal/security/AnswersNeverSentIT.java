package ro.semnal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.Localized;
import ro.semnal.catalog.Question;
import ro.semnal.catalog.QuizDefinition;
import ro.semnal.catalog.ReviewPolicy;
import ro.semnal.testsupport.TestUsers;
import ro.semnal.testsupport.vaadin.UiTree;
import ro.semnal.testsupport.vaadin.VaadinClient;

/**
 * A learner takes the exam of {@code quiz-course} (every question type) against the running server through Vaadin's
 * own client protocol, as a browser would: the login form, the quiz, the attempt, every question visited and most
 * answered. Every response body the server sends (bootstrap pages, {@code v-r=init}, each UIDL answer) is kept and
 * searched for what would tell the right answers, taken from the quiz's own definition: explanations, feedback,
 * scenario endings, sources, the authored ids of options, pairs and choices (which would show the matching's pairs
 * and the correct options), and the words of the grading model. The question texts must be there, so the search
 * can fail; the review after submitting must hold the explanations, so it is the submit that reveals them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswersNeverSentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Words of the grading model (record components of Question); none is a word of the attempt's UI. */
    private static final List<String> GRADING_WORDS = List.of("correct", "points", "feedback", "explanation",
            "ending", "bestPath", "competency");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CatalogService catalog;

    private VaadinClient client;

    /** Every response body received, in order, with the index where the attempt started and where it was submitted. */
    private final List<String> received = new ArrayList<>();
    private int attemptStart = -1;
    private int submitted = -1;

    @AfterEach
    void close() throws IOException, InterruptedException {
        if (client != null) {
            client.unload();
            client.close();
        }
    }

    @Test
    void nothing_the_server_sends_during_an_attempt_reveals_an_answer_though_every_question_is_shown()
            throws Exception {
        QuizDefinition exam = exam();
        takeExam();
        List<String> duringAttempt = received.subList(attemptStart, submitted);
        List<String> beforeSubmit = received.subList(0, submitted);
        String shown = searchable(beforeSubmit);

        assertThat(duringAttempt).as("UIDL answers during the attempt").hasSizeGreaterThan(10);
        for (Question question : exam.questions()) {
            assertThat(containsWord(shown, question.text().ro())).as("question %s is shown", question.id()).isTrue();
        }
        assertThat(containsWord(shown, "Vorbești singur cu ea")).as("a scenario choice is shown").isTrue();
        assertThat(containsWord(shown, "DGASPC")).as("a matching answer is shown").isTrue();

        Set<String> values = stringValues(beforeSubmit);
        for (String secret : secretTexts(exam)) {
            if (distinctive(secret)) {
                assertThat(containsWord(shown, secret)).as("\"%s\" sent before submitting: %s", secret,
                        around(shown, secret)).isFalse();
            } else {
                assertThat(values).as("a text or value \"%s\" sent before submitting", secret)
                        .doesNotContain(secret);
            }
        }
        String attempt = searchable(duringAttempt);
        for (String word : GRADING_WORDS) {
            assertThat(Pattern.compile("(?i)" + Pattern.quote(word)).matcher(attempt).find())
                    .as("\"%s\" sent during the attempt: %s", word, around(attempt, word)).isFalse();
        }
        for (Map.Entry<String, Set<String>> id : authoredIds(exam).entrySet()) {
            List<String> uses = tokenUses(attempt, id.getKey());
            assertThat(id.getValue()).as("authored id \"%s\" sent during the attempt as %s", id.getKey(), uses)
                    .containsAll(uses);
        }
    }

    @Test
    void the_review_after_submitting_holds_the_explanations_and_sources_the_attempt_kept_back() throws Exception {
        QuizDefinition exam = exam();
        assertThat(exam.review()).isEqualTo(ReviewPolicy.FULL);
        takeExam();
        String before = searchable(received.subList(0, submitted));
        String after = searchable(received.subList(submitted, received.size()));

        for (Question question : exam.questions()) {
            assertThat(containsWord(before, question.explanation().ro())).isFalse();
            assertThat(containsWord(after, question.explanation().ro()))
                    .as("explanation of %s in the review", question.id()).isTrue();
            assertThat(containsWord(after, question.source())).as("source of %s in the review", question.id()).isTrue();
        }
        assertThat(containsWord(after, "FINAL-RAU-2")).as("the scenario's ending in the review").isTrue();
        assertThat(containsWord(after, "Copil → DGASPC")).as("the matching's pairs in the review").isTrue();
    }

    private QuizDefinition exam() {
        return catalog.course("quiz-course").orElseThrow().quizzes().get("exam");
    }

    /**
     * Signs in through the login form, enrols on the course page, opens the exam and starts it, then visits every
     * question: answers the single, multiple, matching and ordering questions with their first option, walks the
     * scenario to an ending, leaves the true/false unanswered; then submits and confirms.
     */
    private void takeExam() throws IOException, InterruptedException {
        UserAccount learner = users.create("Cursant Protocol", Role.LEARNER);
        client = new VaadinClient(URI.create("http://localhost:" + port + "/"), Duration.ofSeconds(30));
        client.onResponse(this::keep);
        client.open("login");
        client.login(learner.email(), TestUsers.PASSWORD);
        client.navigate("course/quiz-course", "link");
        client.click(need("enrol"));
        client.navigate("course/quiz-course/quiz/exam", "link");
        attemptStart = received.size();
        client.click(need("start-quiz"));
        int questions = exam().draw();
        Set<String> visited = new LinkedHashSet<>();
        for (int i = 0; i < questions; i++) {
            String id = currentQuestion();
            visited.add(id);
            answer(id);
            client.click(need("next-question"));
        }
        assertThat(visited).as("every question visited").hasSize(questions);
        assertThat(client.tree().text(need("attempt-progress"))).endsWith("5 cu răspuns");
        submitted = received.size();
        client.click(need("submit-attempt"));
        client.domEvent(need("confirm-submit"), "confirm");
        need("attempt-outcome");
    }

    private void keep(HttpResponse<String> response) {
        received.add(response.body());
    }

    private String currentQuestion() throws VaadinClient.ProtocolException {
        return client.tree().findAll(need("question"), n -> n.attribute("id") != null
                && n.attribute("id").startsWith("answer-")).stream().findFirst()
                .orElseThrow(() -> new VaadinClient.ProtocolException("no answer input shown"))
                .attribute("id").substring("answer-".length());
    }

    private void answer(String questionId) throws IOException, InterruptedException {
        UiTree tree = client.tree();
        UiTree.Node input = need("answer-" + questionId);
        if (!tree.options(input).isEmpty()) {
            assertOptionsTellNothingButTheirLabel(tree, input);
        }
        switch (questionId) {
            case "single" -> client.setProperty(input, "value",
                    JSON.getNodeFactory().textNode(tree.options(input).getFirst().property("value")));
            case "multiple" -> client.setProperty(input, "value",
                    JSON.createArrayNode().add(tree.options(input).getFirst().property("value")));
            case "match" -> {
                for (UiTree.Node select : tree.findAll(input, n -> "vaadin-select".equals(n.tag))) {
                    client.setProperty(select, "value", JSON.getNodeFactory().textNode(firstItemKey(select)));
                }
            }
            case "order" -> client.click(tree.findAll(input, n -> n.attribute("id") != null
                    && n.attribute("id").startsWith("down-")).getFirst());
            case "case" -> {
                choose("step-start", "Vorbești singur cu ea");
                choose("step-refer", "Nimic");
                need("scenario-ended");
            }
            case "truth" -> { } // left unanswered
            default -> throw new IllegalStateException("unknown question " + questionId);
        }
    }

    /**
     * The options of a choice question, as sent, differ only in their label and their key, and the keys are
     * Vaadin's counters in the order shown: nothing marks the correct one (true/false included).
     */
    private static void assertOptionsTellNothingButTheirLabel(UiTree tree, UiTree.Node group) {
        List<UiTree.Node> options = tree.options(group);
        List<Map<String, String>> rest = options.stream().map(o -> {
            Map<String, String> all = new java.util.TreeMap<>(o.attributes);
            o.properties.forEach((k, v) -> all.put("." + k, v.toString()));
            all.keySet().removeAll(Set.of(".value", ".label"));
            return all;
        }).toList();
        assertThat(rest).as("options of %s apart from label and key", group).allMatch(rest.getFirst()::equals);
        List<Integer> keys = options.stream().map(o -> Integer.parseInt(o.property("value"))).toList();
        assertThat(keys).as("keys of %s in the order shown", group).isSorted().doesNotHaveDuplicates();
    }

    /** A scenario step: the option with this label, then "confirm" (the button the step shows). */
    private void choose(String stepId, String label) throws IOException, InterruptedException {
        UiTree tree = client.tree();
        UiTree.Node step = need(stepId);
        UiTree.Node option = tree.options(step).stream().filter(o -> tree.text(o).contains(label)
                || label.equals(o.property("label"))).findFirst()
                .orElseThrow(() -> new VaadinClient.ProtocolException("no option " + label + " in " + stepId));
        client.setProperty(step, "value", JSON.getNodeFactory().textNode(option.property("value")));
        client.click(need("confirm-step"));
    }

    /** The key of the first item a select offers, from its items in the tree. */
    private String firstItemKey(UiTree.Node select) throws VaadinClient.ProtocolException {
        return client.tree().findAll(select, n -> n != select && n.property("value") != null
                && n.tag != null && n.tag.endsWith("-item")).stream().map(n -> n.property("value"))
                .filter(v -> !v.isEmpty()).findFirst()
                .orElseThrow(() -> new VaadinClient.ProtocolException("no items in " + select));
    }

    private UiTree.Node need(String id) throws VaadinClient.ProtocolException {
        return client.tree().byId(id).orElseThrow(() -> new VaadinClient.ProtocolException("no #" + id + " shown"));
    }

    /** Everything a text of the quiz could hide in: raw bodies, HTML entities decoded, JSON names and strings. */
    private static String searchable(List<String> bodies) {
        StringBuilder out = new StringBuilder();
        for (String body : bodies) {
            out.append(body).append('\n').append(Parser.unescapeEntities(body, false)).append('\n');
            String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
            try {
                collectStrings(JSON.readTree(json), out);
            } catch (IOException notJson) {
                // a page, not JSON: its raw and decoded text are in already
            }
        }
        return out.toString();
    }

    private static void collectStrings(JsonNode node, StringBuilder out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
            String text = node.asText().trim();
            if (text.startsWith("{") || text.startsWith("[")) { // JSON inside a string (e.g. init's uidl)
                try {
                    collectStrings(JSON.readTree(text), out);
                } catch (IOException notJson) {
                    // just a text
                }
            }
        }
        node.properties().forEach(e -> {
            out.append(e.getKey()).append('\n');
            collectStrings(e.getValue(), out);
        });
        if (node.isArray()) {
            node.forEach(child -> collectStrings(child, out));
        }
    }

    /**
     * A secret that cannot be a word of the application's own texts: several words, or one of 8 characters or
     * more. A short one ("Da", "Nu", "Bine", "WHO") is looked for as a whole text or value instead: a feedback
     * or a source is shown on its own, not inside a sentence of the UI such as "Nu ai cont?".
     */
    private static boolean distinctive(String secret) {
        return secret.strip().contains(" ") || secret.strip().length() >= 8;
    }

    /** Every string value and name of the JSON bodies, trimmed, and the text between the tags of the pages. */
    private static Set<String> stringValues(List<String> bodies) {
        Set<String> values = new java.util.HashSet<>();
        for (String body : bodies) {
            StringBuilder strings = new StringBuilder();
            String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
            try {
                collectStrings(JSON.readTree(json), strings);
            } catch (IOException notJson) {
                strings.append(org.jsoup.Jsoup.parse(body).wholeText());
            }
            strings.toString().lines().map(String::strip).forEach(values::add);
        }
        return values;
    }

    /** Whole words only, so "Nu" is not found in "Nume"; case as written. */
    private static boolean containsWord(String haystack, String word) {
        return word != null && !word.isBlank() && wordPattern(word).matcher(haystack).find();
    }

    private static Pattern wordPattern(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
    }

    private static String around(String haystack, String word) {
        Matcher m = wordPattern(word).matcher(haystack);
        return m.find() ? "…" + haystack.substring(Math.max(0, m.start() - 80),
                Math.min(haystack.length(), m.end() + 80)).replace('\n', ' ') + "…" : "";
    }

    /** Explanations, feedback, scenario endings and sources in both languages: none belongs in an open attempt. */
    private static Set<String> secretTexts(QuizDefinition quiz) {
        Set<String> secrets = new LinkedHashSet<>();
        for (Question question : quiz.questions()) {
            add(secrets, question.explanation());
            if (question.source() != null) {
                secrets.add(question.source());
            }
            switch (question) {
                case Question.Choice c -> c.options().forEach(o -> add(secrets, o.feedback()));
                case Question.Scenario s -> s.steps().forEach(step -> step.choices().forEach(choice -> {
                    add(secrets, choice.feedback());
                    if (choice.end() != null) {
                        add(secrets, choice.end().text());
                    }
                }));
                default -> { }
            }
        }
        secrets.removeIf(s -> s == null || s.isBlank());
        return secrets;
    }

    private static void add(Set<String> secrets, Localized text) {
        if (text != null) {
            Stream.of(text.ro(), text.en()).filter(Objects::nonNull).forEach(secrets::add);
        }
    }

    /**
     * The authored ids of options, pairs, ordering items, scenario steps and choices, each with the element ids
     * the attempt may show it in. Only these forms may carry it: an option id would tell a correct option from its
     * key, a pair id next to a right-hand item would tell the matching (both sides share it), a choice id would
     * give the scenario's path away. Element ids name the left item, the ordering item or the step only.
     */
    private static Map<String, Set<String>> authoredIds(QuizDefinition quiz) {
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (Question question : quiz.questions()) {
            switch (question) {
                // a true/false's option ids are "true" and "false", words of JSON itself: their keys are checked instead
                case Question.Choice c -> c.options().stream().filter(o -> !o.id().matches("true|false"))
                        .forEach(o -> ids.put(o.id(), Set.of()));
                case Question.Matching m -> m.pairs().forEach(p -> ids.put(p.id(), Set.of("match-" + p.id())));
                case Question.Ordering o -> o.items().forEach(i -> ids.put(i.id(),
                        Set.of("up-" + i.id(), "down-" + i.id())));
                case Question.Scenario s -> s.steps().forEach(step -> {
                    ids.put(step.id(), Set.of("step-" + step.id()));
                    step.choices().forEach(choice -> ids.put(choice.id(), Set.of()));
                });
                default -> { }
            }
        }
        return ids;
    }

    /** Each string value or name in which the id occurs as a word (ids are joined by "-" in element ids). */
    private static List<String> tokenUses(String searchable, String id) {
        List<String> uses = new ArrayList<>();
        Matcher m = Pattern.compile("[\\w.:-]*(?<![\\w])" + Pattern.quote(id) + "(?![\\w])[\\w.:-]*").matcher(searchable);
        while (m.find()) {
            uses.add(m.group());
        }
        return uses.stream().distinct().toList();
    }
}
