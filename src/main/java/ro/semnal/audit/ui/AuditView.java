package ro.semnal.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import ro.semnal.audit.AuditAction;
import ro.semnal.audit.AuditFilter;
import ro.semnal.audit.AuditLog;
import ro.semnal.audit.AuditRecord;

/** The audit trail for administrators: filters and a lazy grid, newest first; nothing can be edited here. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
@Menu(title = "nav.audit", order = 94, icon = "vaadin:records")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final TextField actor = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final ComboBox<String> objectType = new ComboBox<>();
    private final TextField objectId = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);

    public AuditView(AuditLog audit) {
        setSizeFull();
        add(new H2(getTranslation("audit.title")), createFilters(), createGrid(audit));
    }

    private FlexLayout createFilters() {
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(a -> getTranslation(a.messageKey()))).toList());
        action.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        objectType.setLabel(getTranslation("audit.objectType"));
        objectType.setItems(AuditLog.objectTypes());
        objectType.setItemLabelGenerator(type -> getTranslation("auditObject." + type));
        objectId.setLabel(getTranslation("audit.objectId"));
        objectId.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        action.setClearButtonVisible(true);
        objectType.setClearButtonVisible(true);
        actor.setClearButtonVisible(true);
        objectId.setClearButtonVisible(true);
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        objectType.addValueChangeListener(e -> refresh());
        objectId.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(actor, action, objectType, objectId, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("semnal-filters");
        return filters;
    }

    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), action.getValue(), objectType.getValue(), objectId.getValue(),
                from.getValue(), to.getValue());
    }

    private Grid<AuditRecord> createGrid(AuditLog audit) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Bucharest"));
        grid.addColumn(e -> format.format(e.occurredAt())).setKey("when").setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditRecord::actorEmail).setKey("actor").setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.action().messageKey())).setKey("action")
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("auditObject." + e.objectType()) + (e.objectId() == null ? "" : " " + e.objectId()))
                .setKey("object").setHeader(getTranslation("audit.object")).setAutoWidth(true);
        grid.addColumn(AuditRecord::summary).setKey("summary").setHeader(getTranslation("audit.summary")).setFlexGrow(1);
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress()).setKey("address")
                .setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.setItems(query -> audit.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) audit.count(filter()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        return grid;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
