package ro.semnal.assessment.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import ro.semnal.assessment.AssessmentService;
import ro.semnal.assessment.AttemptResult;
import ro.semnal.assessment.QuestionScore;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.QuizKind;

/** A submitted attempt: score, pass or fail, competencies, and the review the quiz allows. */
@Route("attempt/:attempt/result")
@PermitAll
public class AttemptResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessment;
    private String title = "";

    public AttemptResultView(AssessmentService assessment) {
        this.assessment = assessment;
        addClassName("semnal-attempt-result");
    }

    static RouteParameters parameters(long attemptId) {
        return new RouteParameters("attempt", Long.toString(attemptId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("attempt").orElse(-1L);
        removeAll();
        try {
            show(assessment.result(id));
        } catch (InvalidInputException e) {
            add(new Paragraph(getTranslation(e.errors().getFirst().messageKey())));
        }
    }

    private void show(AttemptResult result) {
        title = result.title();
        add(new Anchor("course/" + result.courseSlug(), getTranslation("quiz.backToCourse")), new H2(result.title()));
        Paragraph outcome = new Paragraph();
        outcome.setId("attempt-outcome");
        if (result.kind() == QuizKind.ATTITUDE_SURVEY) {
            outcome.setText(getTranslation("result.surveyThanks"));
        } else if (result.percent() < 0) {
            outcome.setText(getTranslation(Boolean.TRUE.equals(result.passed()) ? "result.passedNoScore"
                    : "result.failedNoScore"));
        } else {
            outcome.setText(getTranslation(Boolean.TRUE.equals(result.passed()) ? "result.passed" : "result.failed",
                    String.format(getLocale(), "%.0f", result.percent()), result.passMark()));
        }
        add(outcome);
        if (result.autoSubmitted()) {
            Paragraph auto = new Paragraph(getTranslation("result.autoSubmitted"));
            auto.setId("auto-submitted");
            add(auto);
        }
        if (!result.competencies().isEmpty()) {
            add(new H3(getTranslation("result.competencies")), competencies(result.competencies()));
        }
        if (!result.items().isEmpty()) {
            add(new H3(getTranslation("result.review")));
            result.items().forEach(item -> add(review(item)));
        }
        add(new Anchor("course/" + result.courseSlug() + "/quiz/" + result.quizSlug(), getTranslation("result.toQuiz")));
    }

    private Component competencies(Map<String, QuestionScore.Points> points) {
        UnorderedList list = new UnorderedList();
        list.setId("competencies");
        points.forEach((competency, p) -> list.add(new ListItem(getTranslation("competency." + competency)
                + ": " + (p.possible() == 0 ? "-" : Math.round(100 * p.earned() / p.possible()) + "%"))));
        return list;
    }

    private Component review(AttemptResult.ReviewItem item) {
        Div box = new Div();
        box.addClassName("semnal-review-item");
        box.setId("review-" + item.questionId());
        box.add(new H4(item.text()));
        box.add(new Paragraph(getTranslation("result.yourAnswer") + " " + (item.yourAnswer().isEmpty()
                ? getTranslation("result.noAnswer") : String.join("; ", item.yourAnswer()))));
        if (!item.correctAnswer().isEmpty()) {
            box.add(new Paragraph(getTranslation("result.correctAnswer") + " " + String.join("; ", item.correctAnswer())));
        }
        item.feedback().forEach(feedback -> box.add(new Paragraph(feedback)));
        if (item.explanation() != null) {
            box.add(new Paragraph(item.explanation()));
        }
        if (item.source() != null) {
            Paragraph source = new Paragraph(getTranslation("result.source") + " " + item.source());
            source.addClassName("semnal-source");
            box.add(source);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
