package ro.semnal.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import ro.semnal.base.i18n.Language;
import ro.semnal.learning.CatalogEntry;

/** A course in a list: title (a link to the course), summary, hours, status and progress. */
class CourseCard extends Div {

    CourseCard(CatalogEntry entry, Language language) {
        addClassName("semnal-course-card");
        setId("course-card-" + entry.course().slug());
        RouterLink title = new RouterLink(entry.course().title().orOther(language), CourseView.class,
                new RouteParameters("course", entry.course().slug()));
        H3 heading = new H3(title);
        Span status = new Span(getTranslation("courseStatus." + entry.status().name()));
        status.getElement().getThemeList().add("badge" + (entry.status().name().equals("COMPLETED") ? " success" : ""));
        status.addClassName("semnal-course-status");
        Span hours = new Span(getTranslation("course.hours", entry.course().hours().stripTrailingZeros().toPlainString()));
        hours.addClassName("semnal-course-hours");
        Div meta = new Div(hours, status);
        meta.addClassName("semnal-course-meta");
        add(heading, new Paragraph(entry.course().summary().orOther(language)), meta);
        if (entry.forMyProfession()) {
            Span mine = new Span(getTranslation("catalog.forYou"));
            mine.addClassName("semnal-course-for-you");
            meta.add(mine);
        }
        ProgressBar bar = new ProgressBar(0, 100, entry.percent());
        bar.getElement().setAttribute("aria-label", getTranslation("course.progress", entry.percent()));
        add(bar);
    }
}
