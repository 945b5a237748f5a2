package ro.semnal.assessment.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import ro.semnal.assessment.Answer;
import ro.semnal.assessment.AttemptPage;

/** The keyboard-accessible input for each question type; every change is handed over to be saved at once. */
final class QuestionInputs {

    private QuestionInputs() {
    }

    static Component create(AttemptPage.ShownQuestion question, BiConsumer<String, Answer> save) {
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE -> single(question, save);
            case MULTIPLE -> multiple(question, save);
            case MATCHING -> matching(question, save);
            case ORDERING -> ordering(question, save);
            case SCENARIO -> scenario(question, save);
            case LIKERT -> likert(question, save);
        };
    }

    private static Component single(AttemptPage.ShownQuestion q, BiConsumer<String, Answer> save) {
        RadioButtonGroup<AttemptPage.ShownOption> group = new RadioButtonGroup<>();
        group.setId("answer-" + q.id());
        group.setAriaLabel(q.text());
        group.setItems(q.options());
        group.setItemLabelGenerator(AttemptPage.ShownOption::text);
        if (q.answer() instanceof Answer.Choice c) {
            q.options().stream().filter(o -> c.optionIds().contains(o.id())).findFirst().ifPresent(group::setValue);
        }
        group.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                save.accept(q.id(), new Answer.Choice(Set.of(e.getValue().id())));
            }
        });
        group.addClassName("semnal-options");
        return group;
    }

    private static Component multiple(AttemptPage.ShownQuestion q, BiConsumer<String, Answer> save) {
        CheckboxGroup<AttemptPage.ShownOption> group = new CheckboxGroup<>();
        group.setId("answer-" + q.id());
        group.setAriaLabel(q.text());
        group.setHelperText(group.getTranslation("attempt.multiple"));
        group.setItems(q.options());
        group.setItemLabelGenerator(AttemptPage.ShownOption::text);
        if (q.answer() instanceof Answer.Choice c) {
            group.setValue(q.options().stream().filter(o -> c.optionIds().contains(o.id())).collect(Collectors.toSet()));
        }
        group.addValueChangeListener(e -> save.accept(q.id(), new Answer.Choice(e.getValue().stream()
                .map(AttemptPage.ShownOption::id).collect(Collectors.toSet()))));
        group.addClassName("semnal-options");
        return group;
    }

    private static Component matching(AttemptPage.ShownQuestion q, BiConsumer<String, Answer> save) {
        Map<String, String> chosen = new HashMap<>(q.answer() instanceof Answer.Matching m ? m.leftToRight() : Map.of());
        Div pairs = new Div();
        pairs.setId("answer-" + q.id());
        pairs.addClassName("semnal-matching");
        for (AttemptPage.ShownOption left : q.options()) {
            Select<AttemptPage.ShownOption> right = new Select<>();
            right.setLabel(left.text());
            right.setId("match-" + left.id());
            right.setItems(q.rightSide());
            right.setItemLabelGenerator(AttemptPage.ShownOption::text);
            right.setWidthFull();
            q.rightSide().stream().filter(r -> r.id().equals(chosen.get(left.id()))).findFirst().ifPresent(right::setValue);
            right.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    chosen.put(left.id(), e.getValue().id());
                    save.accept(q.id(), new Answer.Matching(chosen));
                }
            });
            pairs.add(right);
        }
        return pairs;
    }

    private static Component ordering(AttemptPage.ShownQuestion q, BiConsumer<String, Answer> save) {
        List<AttemptPage.ShownOption> order = new ArrayList<>(q.options());
        if (q.answer() instanceof Answer.Ordering o && o.itemIds().size() == order.size()) {
            order.sort((a, b) -> Integer.compare(o.itemIds().indexOf(a.id()), o.itemIds().indexOf(b.id())));
        }
        OrderedList list = new OrderedList();
        list.setId("answer-" + q.id());
        list.addClassName("semnal-ordering");
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                int at = i;
                Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> swap(order, at, at - 1, q, save, redraw[0]));
                up.setAriaLabel(list.getTranslation("attempt.moveUp", order.get(at).text()));
                up.setEnabled(at > 0);
                up.setId("up-" + order.get(at).id());
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> swap(order, at, at + 1, q, save, redraw[0]));
                down.setAriaLabel(list.getTranslation("attempt.moveDown", order.get(at).text()));
                down.setEnabled(at < order.size() - 1);
                down.setId("down-" + order.get(at).id());
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                list.add(new ListItem(new Span(order.get(at).text()), up, down));
            }
        };
        redraw[0].run();
        return list;
    }

    private static void swap(List<AttemptPage.ShownOption> order, int from, int to, AttemptPage.ShownQuestion q,
            BiConsumer<String, Answer> save, Runnable redraw) {
        AttemptPage.ShownOption moved = order.remove(from);
        order.add(to, moved);
        save.accept(q.id(), new Answer.Ordering(order.stream().map(AttemptPage.ShownOption::id).toList()));
        redraw.run();
    }

    private static Component scenario(AttemptPage.ShownQuestion q, BiConsumer<String, Answer> save) {
        Div steps = new Div();
        steps.setId("answer-" + q.id());
        steps.addClassName("semnal-scenario");
        List<String> path = new ArrayList<>();
        for (AttemptPage.ShownStep step : q.steps()) {
            steps.add(new Paragraph(step.text()));
            if (step.chosenId() != null) {
                path.add(step.chosenId());
                String chosen = step.choices().stream().filter(c -> c.id().equals(step.chosenId()))
                        .map(AttemptPage.ShownOption::text).findFirst().orElse("");
                Paragraph taken = new Paragraph("→ " + chosen);
                taken.addClassName("semnal-scenario-taken");
                steps.add(taken);
                continue;
            }
            RadioButtonGroup<AttemptPage.ShownOption> choices = new RadioButtonGroup<>();
            choices.setId("step-" + step.id());
            choices.setAriaLabel(step.text());
            choices.setItems(step.choices());
            choices.setItemLabelGenerator(AttemptPage.ShownOption::text);
            Button confirm = new Button(steps.getTranslation("attempt.confirmChoice"), click -> {
                if (choices.getValue() != null) {
                    List<String> next = new ArrayList<>(path);
                    next.add(choices.getValue().id());
                    save.accept(q.id(), new Answer.Scenario(next));
                }
            });
            confirm.setId("confirm-step");
            steps.add(choices, confirm);
        }
        if (q.scenarioEnded()) {
            Paragraph end = new Paragraph(steps.getTranslation("attempt.scenarioEnded"));
            end.setId("scenario-ended");
            steps.add(end);
        }
        return steps;
    }

    private static Component likert(AttemptPage.ShownQuestion q, BiConsumer<String, Answer> save) {
        RadioButtonGroup<Integer> scale = new RadioButtonGroup<>();
        scale.setId("answer-" + q.id());
        scale.setAriaLabel(q.text());
        scale.setItems(1, 2, 3, 4, 5);
        scale.setItemLabelGenerator(value -> scale.getTranslation("likert." + value));
        if (q.answer() instanceof Answer.Likert l) {
            scale.setValue(l.value());
        }
        scale.addValueChangeListener(e -> {
            if (Objects.nonNull(e.getValue())) {
                save.accept(q.id(), new Answer.Likert(e.getValue()));
            }
        });
        return scale;
    }
}
