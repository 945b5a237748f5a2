package ro.semnal.assessment.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import ro.semnal.assessment.QuizIntro;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.QuizKind;

/** Before a quiz: how many questions, the time, attempts left, the pass mark and the result so far. */
@Route("course/:course/quiz/:quiz")
@PermitAll
public class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    private final AssessmentService assessment;
    private String title = "";

    public QuizView(AssessmentService assessment) {
        this.assessment = assessment;
        addClassName("semnal-quiz-intro");
    }

    static RouteParameters parameters(String course, String quiz) {
        return new RouteParameters(Map.of("course", course, "quiz", quiz));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String course = event.getRouteParameters().get("course").orElse("");
        String quiz = event.getRouteParameters().get("quiz").orElse("");
        removeAll();
        try {
            show(assessment.intro(course, quiz));
        } catch (InvalidInputException e) {
            add(new Paragraph(getTranslation(e.errors().getFirst().messageKey())));
        }
    }

    private void show(QuizIntro intro) {
        title = intro.title();
        add(new Anchor("course/" + intro.courseSlug(), getTranslation("quiz.backToCourse")), new H2(intro.title()));
        if (intro.intro() != null) {
            add(new Paragraph(intro.intro()));
        }
        UnorderedList facts = new UnorderedList();
        facts.setId("quiz-facts");
        facts.add(new ListItem(getTranslation("quiz.kind." + intro.kind().name())));
        facts.add(new ListItem(getTranslation("quiz.questions", intro.questions())));
        facts.add(new ListItem(intro.timeLimitMinutes() == null ? getTranslation("quiz.noTimeLimit")
                : getTranslation("quiz.timeLimit", intro.timeLimitMinutes())));
        facts.add(new ListItem(intro.attemptsAllowed() == 0 ? getTranslation("quiz.unlimitedAttempts")
                : getTranslation("quiz.attemptsLeft", Math.max(0, intro.attemptsAllowed() - intro.attemptsUsed()),
                        intro.attemptsAllowed())));
        if (intro.kind() != QuizKind.ATTITUDE_SURVEY) {
            facts.add(new ListItem(getTranslation("quiz.passMark", intro.passMark())));
            if (intro.result() != null) {
                ListItem result = new ListItem(getTranslation("quiz.result", String.format(getLocale(), "%.0f",
                        intro.result()), getTranslation("grading." + intro.grading().name())));
                result.setId("quiz-result");
                facts.add(result);
            }
        }
        add(facts);
        if (intro.blockedReasonKey() != null && intro.openAttemptId() == null) {
            Paragraph blocked = new Paragraph(intro.nextStartAt() == null ? getTranslation(intro.blockedReasonKey())
                    : getTranslation(intro.blockedReasonKey(), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                            .withLocale(getLocale()).withZone(BUCHAREST).format(intro.nextStartAt())));
            blocked.setId("quiz-blocked");
            add(blocked);
            return;
        }
        Button start = new Button(getTranslation(intro.openAttemptId() != null ? "quiz.resume" : "quiz.start"),
                click -> start(intro));
        start.setId("start-quiz");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(start);
    }

    private void start(QuizIntro intro) {
        try {
            long attempt = assessment.start(intro.courseSlug(), intro.quizSlug());
            UI.getCurrent().navigate(AttemptView.class, AttemptView.parameters(attempt));
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.errors().getFirst().messageKey(), ""));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
