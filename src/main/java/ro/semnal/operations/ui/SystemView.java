package ro.semnal.operations.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

import jakarta.annotation.security.RolesAllowed;

import ro.semnal.operations.HeartbeatService;
import ro.semnal.operations.NodeStatus;

/** The nodes of the cluster, as the scheduler's heartbeat job has seen them. */
@Route("admin/system")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
@Menu(title = "nav.system", order = 95, icon = "vaadin:server")
public class SystemView extends VerticalLayout implements HasDynamicTitle {

    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    public SystemView(HeartbeatService heartbeats) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(BUCHAREST);
        Grid<NodeStatus> nodes = new Grid<>(NodeStatus.class, false);
        nodes.addColumn(NodeStatus::nodeId).setKey("node").setHeader(getTranslation("system.node")).setAutoWidth(true);
        nodes.addColumn(n -> format.format(n.firstSeen())).setKey("first").setHeader(getTranslation("system.firstSeen"));
        nodes.addColumn(n -> format.format(n.lastSeen())).setKey("last").setHeader(getTranslation("system.lastSeen"));
        nodes.addColumn(NodeStatus::beats).setKey("beats").setHeader(getTranslation("system.beats"));
        nodes.setItems(heartbeats.nodes());
        add(new H2(getTranslation("system.title")), new Paragraph(getTranslation("system.text")), nodes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("system.title") + " · " + getTranslation("app.name");
    }
}
