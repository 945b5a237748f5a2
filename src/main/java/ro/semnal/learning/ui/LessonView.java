package ro.semnal.learning.ui;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.ItemKind;
import ro.semnal.catalog.ItemRef;
import ro.semnal.learning.LearningService;
import ro.semnal.learning.LessonPage;

/** A lesson in the learner's language, readable on a phone, with previous/next and "mark as done". */
@Route("course/:course/lesson/:lesson")
@PermitAll
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private String title = "";

    public LessonView(LearningService learning) {
        this.learning = learning;
        addClassName("semnal-lesson-page");
    }

    static RouteParameters parameters(String courseSlug, String lessonSlug) {
        return new RouteParameters(Map.of("course", courseSlug, "lesson", lessonSlug));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String course = event.getRouteParameters().get("course").orElse("");
        String lesson = event.getRouteParameters().get("lesson").orElse("");
        try {
            show(learning.openLesson(course, lesson));
        } catch (InvalidInputException e) {
            if (e.hasError("course", "learning.error.notEnrolled")) {
                Notifications.error(getTranslation("learning.error.notEnrolled"));
                event.forwardTo(CourseView.class, CourseView.parameters(course));
                return;
            }
            removeAll();
            add(new Paragraph(getTranslation(e.errors().getFirst().messageKey())));
        }
    }

    private void show(LessonPage page) {
        removeAll();
        title = page.content().title();
        add(new RouterLink(page.course().title().orOther(page.content().language()), CourseView.class,
                CourseView.parameters(page.course().slug())));
        if (page.content().fallback()) {
            Paragraph notice = new Paragraph(getTranslation("lesson.fallback"));
            notice.setId("lesson-fallback");
            notice.addClassName("semnal-notice");
            add(notice);
        }
        Html content = new Html("<article class=\"semnal-lesson\" lang=\"" + page.content().language().code() + "\">"
                + page.content().html() + "</article>");
        content.setId("lesson-content");
        add(content, createNavigation(page));
    }

    private Div createNavigation(LessonPage page) {
        Div navigation = new Div();
        navigation.addClassName("semnal-lesson-nav");
        navigation.add(link(page, page.previous(), "lesson.previous", "lesson-previous"));
        Button done = new Button(getTranslation(page.done() ? "lesson.done" : "lesson.markDone"),
                VaadinIcon.CHECK.create());
        done.setId("mark-done");
        done.setEnabled(!page.done());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> {
            learning.markLessonDone(page.course().slug(), page.content().lessonSlug());
            Notifications.success(getTranslation("lesson.markedDone"));
            page.next().ifPresentOrElse(next -> open(page, next),
                    () -> UI.getCurrent().navigate(CourseView.class, CourseView.parameters(page.course().slug())));
        });
        navigation.add(done, link(page, page.next(), "lesson.next", "lesson-next"));
        return navigation;
    }

    private Button link(LessonPage page, Optional<ItemRef> target, String key, String id) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(target.isPresent());
        target.ifPresent(item -> button.addClickListener(click -> open(page, item)));
        return button;
    }

    /** Opens the item; quizzes are pages of the assessment feature, reached by path (it depends on learning). */
    private static void open(LessonPage page, ItemRef item) {
        if (item.kind() == ItemKind.LESSON) {
            UI.getCurrent().navigate(LessonView.class, parameters(page.course().slug(), item.slug()));
        } else {
            UI.getCurrent().navigate("course/" + page.course().slug() + "/quiz/" + item.slug());
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
