package ro.semnal.cohorts.ui;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import ro.semnal.base.i18n.Language;
import ro.semnal.cohorts.CohortDashboard;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.cohorts.MemberRow;

/** One row per learner: progress, best quiz score, attendance, certificates, last activity; exports. */
class DashboardTab extends VerticalLayout {

    DashboardTab(CohortDashboard dashboard, CohortSummary cohort) {
        Language language = Language.of(UI.getCurrent().getLocale());
        Grid<MemberRow> grid = new Grid<>(MemberRow.class, false);
        grid.addColumn(MemberRow::name).setKey("name").setHeader(getTranslation("field.fullName")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> r.averageProgress() + "%").setKey("progress").setHeader(getTranslation("dashboard.progress"));
        grid.addColumn(r -> r.bestScore().values().stream().map(p -> String.format("%.0f%%", p))
                .collect(Collectors.joining(", "))).setKey("score").setHeader(getTranslation("dashboard.bestScore"));
        grid.addColumn(r -> r.attended() + "/" + r.held()).setKey("attendance").setHeader(getTranslation("dashboard.attendance"));
        grid.addColumn(MemberRow::certificates).setKey("certificates").setHeader(getTranslation("dashboard.certificates"));
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("dashboard.filter"));
        filter.setId("dashboard-filter");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        // lazy: the service computes only the rows of the page shown, filtered and sorted by name
        grid.setItems(query -> dashboard.rows(cohort.id(), filter.getValue(), query.getSortOrders().stream()
                        .anyMatch(o -> o.getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING),
                        query.getOffset(), query.getLimit()).stream(),
                query -> dashboard.count(cohort.id(), filter.getValue()));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = dashboard.csv(cohort.id(), language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "cohort.csv", "text/csv", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("dashboard.csv"));
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = dashboard.xlsx(cohort.id(), language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "cohort.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("dashboard.xlsx"));
        add(new HorizontalLayout(filter, csv, xlsx), grid);
        setSizeFull();
    }
}
