package ro.semnal.assessment.ui;

import java.time.Duration;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import ro.semnal.assessment.Answer;
import ro.semnal.assessment.AssessmentService;
import ro.semnal.assessment.AttemptPage;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;

/**
 * Taking an attempt: one question (or one scenario step) at a time, each answer saved on the server as
 * it is given, the time left from the server's clock, and a confirmed submit.
 */
@Route("attempt/:attempt")
@PermitAll
public class AttemptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessment;
    private final Span progress = new Span();
    private final Span timeLeft = new Span();
    private final Div question = new Div();
    private AttemptPage page;
    private int index;

    public AttemptView(AssessmentService assessment) {
        this.assessment = assessment;
        addClassName("semnal-attempt");
        progress.setId("attempt-progress");
        timeLeft.setId("time-left");
        question.setId("question");
        question.setWidthFull();
    }

    static RouteParameters parameters(long attemptId) {
        return new RouteParameters("attempt", Long.toString(attemptId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("attempt").orElse(-1L);
        try {
            page = assessment.page(id);
        } catch (InvalidInputException e) {
            event.forwardTo(AttemptResultView.class, AttemptResultView.parameters(id));
            return;
        }
        index = page.questions().stream().filter(q -> !q.isAnswered()).findFirst()
                .map(page.questions()::indexOf).orElse(0);
        removeAll();
        add(new H2(page.title()), new Div(progress, new Span(" · "), timeLeft), question, createNavigation());
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(15_000);
        event.getUI().addPollListener(poll -> refreshTime());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    private void refreshTime() {
        if (page == null) {
            return;
        }
        try {
            page = assessment.page(page.attemptId());
            showTime();
        } catch (InvalidInputException closed) {
            UI.getCurrent().navigate(AttemptResultView.class, AttemptResultView.parameters(page.attemptId()));
        }
    }

    private void showTime() {
        Duration left = page.timeLeft();
        timeLeft.setText(left == null ? getTranslation("attempt.noTimeLimit")
                : getTranslation("attempt.timeLeft", left.toMinutes(), left.toSecondsPart()));
    }

    private Component createNavigation() {
        Button previous = new Button(getTranslation("attempt.previous"), click -> move(-1));
        previous.setId("previous-question");
        Button next = new Button(getTranslation("attempt.next"), click -> move(1));
        next.setId("next-question");
        Button submit = new Button(getTranslation("attempt.submit"), click -> confirmSubmit());
        submit.setId("submit-attempt");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div navigation = new Div(previous, next, submit);
        navigation.addClassName("semnal-attempt-nav");
        return navigation;
    }

    private void move(int delta) {
        index = Math.max(0, Math.min(page.questions().size() - 1, index + delta));
        render();
    }

    private void render() {
        progress.setText(getTranslation("attempt.progress", index + 1, page.questions().size(), page.answered()));
        showTime();
        question.removeAll();
        AttemptPage.ShownQuestion shown = page.questions().get(index);
        question.add(new H3(shown.text()));
        if (shown.vignette() != null) {
            Paragraph vignette = new Paragraph(shown.vignette());
            vignette.addClassName("semnal-vignette");
            question.add(vignette);
        }
        question.add(QuestionInputs.create(shown, this::save));
    }

    private void save(String questionId, Answer answer) {
        try {
            page = assessment.answer(page.attemptId(), questionId, answer);
            progress.setText(getTranslation("attempt.progress", index + 1, page.questions().size(), page.answered()));
            if (page.questions().get(index).type() == ro.semnal.catalog.QuestionType.SCENARIO) {
                render();
            }
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
            if (e.hasError("answer", "assessment.error.timeUp") || e.hasError("answer", "assessment.error.submitted")) {
                UI.getCurrent().navigate(AttemptResultView.class, AttemptResultView.parameters(page.attemptId()));
            }
        }
    }

    private void confirmSubmit() {
        long unanswered = page.questions().size() - page.answered();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("attempt.confirm.title"),
                unanswered == 0 ? getTranslation("attempt.confirm.text")
                        : getTranslation("attempt.confirm.unanswered", unanswered),
                getTranslation("attempt.submit"), confirm -> submit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("confirm-submit");
        dialog.open();
    }

    void submit() {
        assessment.submit(page.attemptId());
        UI.getCurrent().navigate(AttemptResultView.class, AttemptResultView.parameters(page.attemptId()));
    }

    @Override
    public String getPageTitle() {
        return (page == null ? "" : page.title()) + " · " + getTranslation("app.name");
    }
}
