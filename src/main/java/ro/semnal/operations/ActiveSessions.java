package ro.semnal.operations;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Gauges of what a node holds in memory: open Vaadin UIs (browser tabs), Vaadin sessions and HTTP
 * sessions. Vaadin keeps UI state on the node, so these say how loaded each node is and whether the
 * proxy spreads users evenly.
 */
@Component
class ActiveSessions implements VaadinServiceInitListener, HttpSessionListener {

    static final String UIS = "semnal.vaadin.uis.active";
    static final String VAADIN_SESSIONS = "semnal.vaadin.sessions.active";
    static final String HTTP_SESSIONS = "semnal.http.sessions.active";

    private final AtomicInteger uis = new AtomicInteger();
    private final AtomicInteger vaadinSessions = new AtomicInteger();
    private final AtomicInteger httpSessions = new AtomicInteger();

    ActiveSessions(MeterRegistry registry) {
        Gauge.builder(UIS, uis, AtomicInteger::get).description("Vaadin UIs (browser tabs) open on this node")
                .register(registry);
        Gauge.builder(VAADIN_SESSIONS, vaadinSessions, AtomicInteger::get)
                .description("Vaadin sessions on this node").register(registry);
        Gauge.builder(HTTP_SESSIONS, httpSessions, AtomicInteger::get).description("HTTP sessions on this node")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> vaadinSessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> vaadinSessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            uis.incrementAndGet();
            ui.addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        httpSessions.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        httpSessions.decrementAndGet();
    }
}
