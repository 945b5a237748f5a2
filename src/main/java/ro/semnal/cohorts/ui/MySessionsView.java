package ro.semnal.cohorts.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import ro.semnal.cohorts.SessionService;
import ro.semnal.cohorts.SessionView;

/** The learner's live and in-person sessions, each as an .ics file, and a personal calendar feed. */
@Route("my-sessions")
@PermitAll
@Menu(title = "nav.mySessions", order = 16, icon = "vaadin:calendar")
public class MySessionsView extends VerticalLayout implements HasDynamicTitle {

    public MySessionsView(SessionService sessions) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(SessionsTab.BUCHAREST);
        Grid<SessionView> grid = new Grid<>(SessionView.class, false);
        grid.addColumn(SessionView::title).setKey("title").setHeader(getTranslation("sessions.title")).setFlexGrow(1);
        grid.addColumn(SessionView::cohortName).setKey("cohort").setHeader(getTranslation("cohorts.name"));
        grid.addColumn(s -> format.format(s.startsAt())).setKey("start").setHeader(getTranslation("sessions.start"));
        grid.addColumn(s -> s.cancelled() ? getTranslation("sessions.cancelled")
                : s.mode().name().equals("ONLINE") ? s.meetingLink() : s.place()).setKey("where")
                .setHeader(getTranslation("sessions.where"));
        grid.addComponentColumn(s -> new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] ics = sessions.ics(s.id());
            return new DownloadResponse(new ByteArrayInputStream(ics), "session-" + s.id() + ".ics", "text/calendar",
                    ics.length);
        }), AttachmentType.DOWNLOAD, getTranslation("sessions.ics"))).setKey("ics");
        grid.setItems(sessions.mySessions());
        grid.setAllRowsVisible(true);
        Paragraph feed = new Paragraph(getTranslation("sessions.feed", sessions.feedUrl()));
        feed.setId("calendar-feed");
        Button renew = new Button(getTranslation("sessions.renewFeed"), click ->
                feed.setText(getTranslation("sessions.feed", sessions.renewFeed())));
        add(new H2(getTranslation("sessions.mine")), grid, feed, renew);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.mine") + " · " + getTranslation("app.name");
    }
}
