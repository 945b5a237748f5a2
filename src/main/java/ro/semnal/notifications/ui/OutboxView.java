package ro.semnal.notifications.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.ZoneId;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import ro.semnal.notifications.NotificationService;
import ro.semnal.notifications.NotificationView;

/** Every notification, newest first: sent, failed, or kept in the outbox when no SMTP server is set. */
@Route("admin/outbox")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
@Menu(title = "nav.outbox", order = 93, icon = "vaadin:envelopes-o")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    public OutboxView(NotificationService notifications) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Bucharest"));
        Grid<NotificationView> grid = new Grid<>(NotificationView.class, false);
        grid.addColumn(n -> format.format(n.createdAt())).setKey("created").setHeader(getTranslation("outbox.created"));
        grid.addColumn(NotificationView::recipientEmail).setKey("to").setHeader(getTranslation("outbox.to")).setAutoWidth(true);
        grid.addColumn(NotificationView::subject).setKey("subject").setHeader(getTranslation("outbox.subject")).setFlexGrow(1);
        grid.addColumn(n -> getTranslation("notificationStatus." + n.status().name())).setKey("status")
                .setHeader(getTranslation("field.status"));
        grid.setItemDetailsRenderer(new TextRenderer<>(n -> n.body() + (n.lastError() == null ? "" : "\n" + n.lastError())));
        grid.setItems(query -> notifications.recent(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) notifications.count());
        grid.setSizeFull();
        setSizeFull();
        add(new H2(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.text")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · " + getTranslation("app.name");
    }
}
