package ro.semnal.assessment.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import ro.semnal.assessment.AssessmentService;
import ro.semnal.assessment.AttemptStatus;
import ro.semnal.assessment.AttemptSummary;

/** The learner's attempts, newest first; an open one resumes, a submitted one shows its result. */
@Route("my-attempts")
@PermitAll
@Menu(title = "nav.myAttempts", order = 15, icon = "vaadin:check-square-o")
public class MyAttemptsView extends VerticalLayout implements HasDynamicTitle {

    public MyAttemptsView(AssessmentService assessment) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(QuizView.BUCHAREST);
        Grid<AttemptSummary> grid = new Grid<>(AttemptSummary.class, false);
        grid.addColumn(AttemptSummary::quizTitle).setKey("quiz").setHeader(getTranslation("attempts.quiz"))
                .setFlexGrow(1);
        grid.addColumn(AttemptSummary::attemptNumber).setKey("number").setHeader(getTranslation("attempts.number"));
        grid.addColumn(a -> format.format(a.startedAt())).setKey("started").setHeader(getTranslation("attempts.started"));
        grid.addColumn(a -> a.status() == AttemptStatus.IN_PROGRESS ? getTranslation("attempts.open")
                : a.percent() == null ? getTranslation("attempts.submitted")
                : String.format(getLocale(), "%.0f%%", a.percent())).setKey("score")
                .setHeader(getTranslation("attempts.score"));
        grid.addColumn(a -> a.passed() == null ? "" : getTranslation(a.passed() ? "attempts.passed" : "attempts.failed"))
                .setKey("passed").setHeader(getTranslation("attempts.outcome"));
        grid.setItems(assessment.myAttempts());
        grid.addItemClickListener(click -> {
            if (click.getItem().status() == AttemptStatus.IN_PROGRESS) {
                UI.getCurrent().navigate(AttemptView.class, AttemptView.parameters(click.getItem().attemptId()));
            } else {
                UI.getCurrent().navigate(AttemptResultView.class, AttemptResultView.parameters(click.getItem().attemptId()));
            }
        });
        add(new H2(getTranslation("attempts.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attempts.title") + " · " + getTranslation("app.name");
    }
}
