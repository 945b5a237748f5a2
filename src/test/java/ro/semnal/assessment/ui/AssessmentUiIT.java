package ro.semnal.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;

import ro.semnal.accounts.Role;
import ro.semnal.assessment.AttemptPage;
import ro.semnal.learning.LearningService;
import ro.semnal.testsupport.KaribuTest;

/** A learner takes and passes a quiz with every question type and a scenario, and sees no answer early. */
class AssessmentUiIT extends KaribuTest {

    static final List<String> SECRETS = List.of("EXPLICATIE-SECRETA", "FEEDBACK-SECRET", "FINAL-RAU", "FINAL-BUN",
            "SECRET-", "BAD-ENDING", "GOOD-ENDING");

    @Autowired
    LearningService learning;

    /**
     * Everything of the UI that Vaadin synchronises to the browser: for every component of the UI (the
     * view, its layout, dialogs), the texts, attributes and properties of its elements.
     */
    static String everythingSentToTheBrowser(UI ui) {
        StringBuilder all = new StringBuilder();
        ui.getChildren().forEach(component -> collect(component, all));
        assertThat(all.length()).as("the UI has content").isGreaterThan(200);
        return all.toString();
    }

    private static void collect(Component component, StringBuilder all) {
        collect(component.getElement(), all);
        component.getChildren().forEach(child -> collect(child, all));
    }

    private static void collect(Element element, StringBuilder all) {
        if (element.isTextNode()) {
            all.append(element.getText()).append(' ');
            return;
        }
        all.append(element.getTag()).append(' ').append(element.getText()).append(' ');
        element.getAttributeNames().forEach(name -> all.append(name).append('=').append(element.getAttribute(name)).append(' '));
        element.getPropertyNames().forEach(name -> all.append(name).append('=').append(element.getPropertyRaw(name)).append(' '));
        element.getChildren().forEach(child -> collect(child, all));
    }

    private void startExam() {
        login(users.create("Cursant Examen", Role.LEARNER));
        learning.enrol("quiz-course");
        UI.getCurrent().navigate(QuizView.class, QuizView.parameters("quiz-course", "exam"));
        _click(_get(Button.class, spec -> spec.withId("start-quiz")));
        _assertOne(AttemptView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T answerInput(Class<T> type, String questionId) {
        return (T) _get((Class<com.vaadin.flow.component.Component>) (Class<?>) type,
                spec -> spec.withId("answer-" + questionId));
    }

    private static String currentQuestion() {
        return _find(com.vaadin.flow.component.Component.class).stream().map(c -> c.getId().orElse(""))
                .filter(id -> id.startsWith("answer-")).findFirst().orElseThrow().substring("answer-".length());
    }

    @SuppressWarnings("unchecked")
    private static void answerPerfectly(String question) {
        switch (question) {
            case "single" -> choose(answerInput(RadioButtonGroup.class, question), "safety");
            case "truth" -> choose(answerInput(RadioButtonGroup.class, question), "false");
            case "multiple" -> {
                CheckboxGroup<AttemptPage.ShownOption> group = answerInput(CheckboxGroup.class, question);
                _setValue(group, group.getListDataView().getItems()
                        .filter(o -> Set.of("documents", "debt").contains(o.id())).collect(Collectors.toSet()));
            }
            case "match" -> {
                for (String pair : List.of("child", "adult")) {
                    Select<AttemptPage.ShownOption> select = _get(Select.class, spec -> spec.withId("match-" + pair));
                    _setValue(select, select.getListDataView().getItems().filter(o -> o.id().equals(pair))
                            .findFirst().orElseThrow());
                }
            }
            case "order" -> {
                List<String> target = List.of("notify", "identity", "rights");
                for (int i = 0; i < target.size(); i++) {
                    String item = target.get(i);
                    while (shownOrder().indexOf(item) > i) {
                        _click(_get(Button.class, spec -> spec.withId("up-" + item)));
                    }
                }
                assertThat(shownOrder()).containsExactlyElementsOf(target);
            }
            case "case" -> {
                chooseStep("start", "alone");
                chooseStep("refer", "helpline");
                assertThat(_get(Paragraph.class, spec -> spec.withId("scenario-ended")).getText()).isNotEmpty();
            }
            default -> throw new IllegalStateException(question);
        }
    }

    private static List<String> shownOrder() {
        return _find(Button.class).stream().map(b -> b.getId().orElse("")).filter(id -> id.startsWith("up-"))
                .map(id -> id.substring(3)).toList();
    }

    @SuppressWarnings("unchecked")
    private static void chooseStep(String step, String choice) {
        RadioButtonGroup<AttemptPage.ShownOption> group = _get(RadioButtonGroup.class, spec -> spec.withId("step-" + step));
        choose(group, choice);
        _click(_get(Button.class, spec -> spec.withId("confirm-step")));
    }

    private static void choose(RadioButtonGroup<AttemptPage.ShownOption> group, String optionId) {
        _setValue(group, group.getListDataView().getItems().filter(o -> o.id().equals(optionId)).findFirst().orElseThrow());
    }

    @Test
    void a_learner_takes_and_passes_a_quiz_with_every_question_type_and_a_scenario() {
        startExam();
        for (int i = 0; i < 6; i++) {
            answerPerfectly(currentQuestion());
            _click(_get(Button.class, spec -> spec.withId("next-question")));
        }
        assertThat(everythingSentToTheBrowser(UI.getCurrent())).doesNotContain(SECRETS);

        _click(_get(Button.class, spec -> spec.withId("submit-attempt")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        confirm.close();

        _assertOne(AttemptResultView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("attempt-outcome")).getText())
                .isEqualTo("Ai promovat: 100% (pragul este 50%).");
        assertThat(everythingSentToTheBrowser(UI.getCurrent())).contains("EXPLICATIE-SECRETA-SINGLE");
    }

    @Test
    void nothing_sent_to_the_browser_during_an_attempt_tells_the_right_answers() {
        startExam();
        for (int i = 0; i < 6; i++) {
            String html = everythingSentToTheBrowser(UI.getCurrent());
            assertThat(html).as("question %s", currentQuestion()).doesNotContain(SECRETS).doesNotContain("correct");
            if (currentQuestion().equals("case")) {
                chooseStep("start", "companion");
                assertThat(everythingSentToTheBrowser(UI.getCurrent())).doesNotContain(SECRETS);
            }
            _click(_get(Button.class, spec -> spec.withId("next-question")));
        }
    }

    @Test
    void reopening_an_attempt_shows_the_answers_already_given() {
        startExam();
        String question = currentQuestion();
        answerPerfectly(question);
        long attemptId = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1));
        UI.getCurrent().navigate(QuizView.class, QuizView.parameters("quiz-course", "exam"));
        assertThat(_get(Button.class, spec -> spec.withId("start-quiz")).getText()).isEqualTo("Continuă încercarea începută");
        _click(_get(Button.class, spec -> spec.withId("start-quiz")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("attempt/" + attemptId);
        assertThat(_find(OrderedList.class).size() + _find(RadioButtonGroup.class).size()
                + _find(CheckboxGroup.class).size() + _find(Select.class).size()).isPositive();
    }
}
