package ro.semnal.testsupport.vaadin;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A learner's browser tab on Semnal, driven through Vaadin's client protocol ({@link VaadinClient}): sign in through
 * the login form, follow links, and take a quiz the way the attempt page offers it (start or resume, choose options,
 * next and previous, submit and confirm), reading back what the page shows. Each method is one user action and
 * checks that the page shows what it should afterwards; a {@link VaadinClient.ProtocolException} says what it showed
 * instead. Used by the load test's learner ({@code ro.semnal.load}) and by the two-node check ({@code ro.semnal.operations}).
 */
public final class QuizTab implements AutoCloseable {

    /** Which question of how many is shown, and how many of them have an answer, from the attempt page. */
    public record Progress(int shown, int total, int answered) {
    }

    /** An answer given or shown: the question's id and the labels of the chosen options. */
    public record Choice(String questionId, List<String> options) {
    }

    private static final Pattern PROGRESS = Pattern.compile("(\\d+)\\D+(\\d+)\\D+(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER_PREFIX = "answer-";

    private final VaadinClient client;

    public QuizTab(URI base, Duration timeout) {
        this.client = new VaadinClient(base, timeout);
    }

    /** Loads the login page. */
    public void openLogin() throws IOException, InterruptedException {
        client.open("login");
    }

    /** Posts the login form of the page loaded by {@link #openLogin()} and lands on the start page. */
    public void submitLogin(String email, String password) throws IOException, InterruptedException {
        client.login(email, password);
    }

    /** Follows a link to the route and expects the component with this id on the page. */
    public void navigate(String route, String expectedId) throws IOException, InterruptedException {
        client.navigate(route, "link");
        need(expectedId);
    }

    /** Starts the quiz, or resumes its open attempt, from the quiz's page: the attempt page shows a question. */
    public void startQuiz() throws IOException, InterruptedException {
        client.click(need("start-quiz"));
        need("question");
    }

    /** The text of the component with this id. */
    public String text(String id) throws VaadinClient.ProtocolException {
        return client.tree().text(need(id));
    }

    /** Parsed from "Întrebarea 2 din 10 · 1 cu răspuns" (or its English form). */
    public Progress progress() throws VaadinClient.ProtocolException {
        String text = text("attempt-progress");
        Matcher m = PROGRESS.matcher(text);
        if (!m.find()) {
            throw new VaadinClient.ProtocolException("unreadable progress: " + text);
        }
        return new Progress(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** Whether the question shown is answered by choosing options (single, multiple, true-false). */
    public boolean showsChoiceQuestion() throws VaadinClient.ProtocolException {
        return choiceInput().isPresent();
    }

    /**
     * Chooses the first option of the choice question shown (a radio group takes the option's key, a checkbox group
     * a list of keys) and checks that the page counts one more answer.
     */
    public Choice answerFirstOption() throws IOException, InterruptedException {
        UiTree.Node input = choiceInput()
                .orElseThrow(() -> new VaadinClient.ProtocolException("no choice input in the question shown"));
        int answeredBefore = progress().answered();
        UiTree.Node first = options(input).getFirst();
        String key = first.property("value");
        JsonNode value = isMultiple(input) ? JSON.createArrayNode().add(key) : JSON.getNodeFactory().textNode(key);
        client.setProperty(input, "value", value);
        if (progress().answered() != answeredBefore + 1) {
            throw new VaadinClient.ProtocolException("the answer was not saved: " + text("attempt-progress"));
        }
        return new Choice(questionId(input), List.of(label(first)));
    }

    /** The options chosen in the choice question shown, as the page shows them (none when it is unanswered). */
    public Choice shownChoice() throws VaadinClient.ProtocolException {
        UiTree.Node input = choiceInput()
                .orElseThrow(() -> new VaadinClient.ProtocolException("no choice input in the question shown"));
        JsonNode value = input.properties.get("value");
        List<String> keys = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(k -> keys.add(k.asText()));
        } else if (value != null && !value.isNull() && !value.asText().isEmpty()) {
            keys.add(value.asText());
        }
        List<String> chosen = options(input).stream().filter(o -> keys.contains(o.property("value")))
                .map(this::label).toList();
        return new Choice(questionId(input), chosen);
    }

    /** The next question; the page must then show question {@code shown + 1}. */
    public void next() throws IOException, InterruptedException {
        move("next-question", 1);
    }

    /** The previous question; the page must then show question {@code shown - 1}. */
    public void previous() throws IOException, InterruptedException {
        move("previous-question", -1);
    }

    private void move(String button, int delta) throws IOException, InterruptedException {
        int expected = progress().shown() + delta;
        client.click(need(button));
        if (progress().shown() != expected) {
            throw new VaadinClient.ProtocolException("still on question " + progress().shown() + ", not " + expected);
        }
    }

    /** Submits the attempt and confirms it in the dialog; returns the outcome shown on the result page. */
    public String submitAttempt() throws IOException, InterruptedException {
        client.click(need("submit-attempt"));
        client.domEvent(need("confirm-submit"), "confirm");
        return text("attempt-outcome");
    }

    private Optional<UiTree.Node> choiceInput() throws VaadinClient.ProtocolException {
        UiTree tree = client.tree();
        return tree.findAll(need("question"), n -> n.attribute("id") != null && n.attribute("id").startsWith(ANSWER_PREFIX)
                && ("vaadin-radio-group".equals(n.tag) || "vaadin-checkbox-group".equals(n.tag))).stream().findFirst();
    }

    private List<UiTree.Node> options(UiTree.Node input) throws VaadinClient.ProtocolException {
        List<UiTree.Node> options = client.tree().options(input);
        if (options.isEmpty()) {
            throw new VaadinClient.ProtocolException("no options in " + input + " (" + input.tag + ")");
        }
        return options;
    }

    private static boolean isMultiple(UiTree.Node input) {
        return "vaadin-checkbox-group".equals(input.tag);
    }

    private static String questionId(UiTree.Node input) {
        return input.attribute("id").substring(ANSWER_PREFIX.length());
    }

    /** An option's label: its label property, or the text of its label element. */
    private String label(UiTree.Node option) {
        String label = option.property("label");
        return label != null ? label : client.tree().text(option).strip();
    }

    private UiTree.Node need(String id) throws VaadinClient.ProtocolException {
        return client.tree().byId(id).orElseThrow(() -> new VaadinClient.ProtocolException("no #" + id + " shown"));
    }

    /** Leaves the page as a closing browser tab does, so the server can free the UI. */
    public void leave() throws IOException, InterruptedException {
        client.unload();
    }

    @Override
    public void close() {
        client.close();
    }
}
