package ro.semnal.learning.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import ro.semnal.base.i18n.Language;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.ItemKind;
import ro.semnal.catalog.ItemRef;
import ro.semnal.catalog.ModuleDefinition;
import ro.semnal.learning.CourseProgress;
import ro.semnal.learning.CourseStatus;
import ro.semnal.learning.ItemStatus;
import ro.semnal.learning.LearningService;

/** A course: its modules and items with the learner's status, enrolment, and where to continue. */
@Route("course/:course")
@PermitAll
public class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private String title = "";

    public CourseView(LearningService learning) {
        this.learning = learning;
        addClassName("semnal-course");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("course").orElse("");
        try {
            show(learning.progress(slug));
        } catch (InvalidInputException notFound) {
            removeAll();
            add(new H2(getTranslation("error.courseNotFound")));
        }
    }

    private void show(CourseProgress progress) {
        removeAll();
        Language language = Language.of(UI.getCurrent().getLocale());
        CourseDefinition course = progress.course();
        title = course.title().orOther(language);
        add(new H2(title), new Paragraph(course.summary().orOther(language)), createFacts(course, language),
                createActions(progress));
        if (progress.status() == CourseStatus.LOCKED) {
            Paragraph locked = new Paragraph(getTranslation("course.locked", progress.missingPrerequisites().stream()
                    .collect(Collectors.joining(", "))));
            locked.setId("course-locked");
            add(locked);
        }
        for (ModuleDefinition module : course.modules()) {
            add(new H3(module.title().orOther(language)), createItems(progress, module, language));
        }
    }

    private Component createFacts(CourseDefinition course, Language language) {
        String audience = course.professions().isEmpty() ? getTranslation("course.forEveryone")
                : course.professions().stream().sorted().map(p -> getTranslation(p.messageKey()))
                        .collect(Collectors.joining(", "));
        Div facts = new Div(new Span(getTranslation("course.hours", course.hours().stripTrailingZeros().toPlainString())),
                new Span(" · " + audience));
        facts.addClassName("semnal-course-facts");
        return facts;
    }

    private Component createActions(CourseProgress progress) {
        Div actions = new Div();
        actions.addClassName("semnal-course-actions");
        if (progress.status() == CourseStatus.NOT_ENROLLED) {
            Button enrol = new Button(getTranslation("course.enrol"), click -> enrol(progress.course().slug()));
            enrol.setId("enrol");
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(enrol);
        }
        if (progress.status() == CourseStatus.IN_PROGRESS || progress.status() == CourseStatus.COMPLETED) {
            progress.continueWith().ifPresent(item -> {
                Button resume = new Button(getTranslation(progress.status() == CourseStatus.COMPLETED
                        ? "course.review" : "course.continue"), click -> {
                            if (item.kind() == ItemKind.LESSON) {
                                UI.getCurrent().navigate(LessonView.class,
                                        LessonView.parameters(progress.course().slug(), item.slug()));
                            } else {
                                UI.getCurrent().navigate("course/" + progress.course().slug() + "/quiz/" + item.slug());
                            }
                        });
                resume.setId("continue");
                resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(resume);
            });
            ProgressBar bar = new ProgressBar(0, 100, progress.percent());
            bar.setId("course-progress");
            Span percent = new Span(getTranslation("course.progress", progress.percent()));
            percent.setId("course-percent");
            actions.add(bar, percent);
        }
        if (progress.status() == CourseStatus.COMPLETED) {
            Paragraph done = new Paragraph(getTranslation("course.completed"));
            done.setId("course-completed");
            actions.add(done);
        }
        return actions;
    }

    private void enrol(String slug) {
        try {
            show(learning.enrol(slug));
            Notifications.success(getTranslation("course.enrolled"));
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
        }
    }

    private UnorderedList createItems(CourseProgress progress, ModuleDefinition module, Language language) {
        UnorderedList list = new UnorderedList();
        list.addClassName("semnal-course-items");
        for (ItemRef item : module.items()) {
            ItemStatus status = progress.status(item.slug());
            Icon icon = switch (status) {
                case DONE -> VaadinIcon.CHECK_CIRCLE.create();
                case IN_PROGRESS -> VaadinIcon.ADJUST.create();
                case LOCKED -> VaadinIcon.LOCK.create();
                case NOT_STARTED -> VaadinIcon.CIRCLE_THIN.create();
            };
            icon.setTooltipText(getTranslation("itemStatus." + status.name()));
            icon.getElement().setAttribute("aria-label", getTranslation("itemStatus." + status.name()));
            ListItem row = new ListItem(icon);
            row.setId("item-" + item.slug());
            row.getElement().setAttribute("data-status", status.name());
            String itemTitle = item.kind() == ItemKind.LESSON
                    ? progress.course().lessons().get(item.slug()).title().orOther(language)
                    : progress.course().quizzes().get(item.slug()).title().orOther(language);
            boolean open = status != ItemStatus.LOCKED && progress.status() != CourseStatus.NOT_ENROLLED;
            if (open && item.kind() == ItemKind.LESSON) {
                row.add(new RouterLink(itemTitle, LessonView.class, LessonView.parameters(progress.course().slug(),
                        item.slug())));
            } else if (open) {
                // the quiz pages belong to the assessment feature, which depends on learning: link by path
                Anchor quiz = new Anchor("course/" + progress.course().slug() + "/quiz/" + item.slug(), itemTitle);
                quiz.getElement().setAttribute("router-link", true);
                row.add(quiz);
            } else {
                row.add(new Span(itemTitle));
            }
            if (item.kind() == ItemKind.QUIZ) {
                row.add(new Span(" · " + getTranslation("course.quiz")));
            }
            list.add(row);
        }
        return list;
    }

    static RouteParameters parameters(String courseSlug) {
        return new RouteParameters("course", courseSlug);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
