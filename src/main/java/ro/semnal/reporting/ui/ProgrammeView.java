package ro.semnal.reporting.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.core.context.SecurityContextHolderStrategy;

import ro.semnal.base.i18n.Language;
import ro.semnal.base.ui.Notifications;
import ro.semnal.catalog.CatalogService;
import ro.semnal.reporting.Months;
import ro.semnal.reporting.ProgrammeReport;
import ro.semnal.reporting.ReportDocuments;
import ro.semnal.reporting.ReportFilter;
import ro.semnal.reporting.ReportTable;
import ro.semnal.reporting.ReportingService;

/**
 * The programme dashboard: filters, headline figures, and every figure as a chart with its table (the table is
 * the accessible alternative, and what the exports contain). Coordinators and administrators see the whole
 * programme and its targets; trainers the figures of their own cohorts.
 */
@Route("coordinator")
@RolesAllowed({"TRAINER", "COORDINATOR", "ADMIN"})
@AccessDeniedErrorRouter
@Menu(title = "nav.coordinator", order = 30, icon = "vaadin:chart")
public class ProgrammeView extends VerticalLayout implements HasDynamicTitle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProgrammeView.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ReportingService reporting;
    private final ReportDocuments documents;
    private final Language language;
    private final Div headline = new Div();
    private final Div figures = new Div();
    private final Paragraph asOf = new Paragraph();
    private final Paragraph filters = new Paragraph();
    private final FlexLayout exports = new FlexLayout();
    private final TargetsPanel targets;
    private final SecurityContextHolderStrategy security;
    private ProgrammeReport report;
    private List<ReportTable> tables;

    public ProgrammeView(ReportingService reporting, ReportDocuments documents, CatalogService catalog, Clock clock,
            SecurityContextHolderStrategy security) {
        this.reporting = reporting;
        this.security = security;
        this.documents = documents;
        this.language = Language.of(UI.getCurrent().getLocale());
        boolean everything = reporting.seesWholeProgramme();
        H2 title = new H2(getTranslation("reporting.title"));
        title.setId("coordinator-title");
        add(title);
        if (!everything) {
            add(new Paragraph(getTranslation("reporting.scopeTrainer")));
        }
        asOf.setId("report-as-of");
        filters.setId("report-filters");
        add(asOf, new ReportFilterBar(language, catalog.courses(), reporting.cohorts(),
                YearMonth.now(clock.withZone(Months.ROMANIA)), this::show), filters);
        headline.addClassName("semnal-headline");
        headline.setId("report-headline");
        exports.addClassName("semnal-actions");
        figures.setWidthFull();
        add(headline, exports, figures);
        targets = everything ? new TargetsPanel(reporting, catalog, language, () -> show(report.filter())) : null;
        if (targets != null) {
            add(targets, createRebuild());
        }
        setMaxWidth("1100px");
        show(ReportFilter.ALL);
    }

    private void show(ReportFilter filter) {
        report = reporting.report(filter);
        tables = documents.tables(report, language);
        asOf.setText(report.refreshedTo() == null ? getTranslation("reporting.neverRefreshed")
                : getTranslation("reporting.asOf", STAMP.format(report.refreshedTo().atZone(Months.ROMANIA))));
        filters.setText(documents.filterSummary(filter, language));
        headline.removeAll();
        for (String[] item : documents.headline(report, language)) {
            Div card = new Div(new Span(item[1]), new Span(item[0]));
            card.addClassName("semnal-headline-card");
            headline.add(card);
        }
        exports.removeAll();
        exports.add(createXlsxAll(), createPdfButton());
        figures.removeAll();
        tables.forEach(table -> figures.add(createFigure(table)));
        if (targets != null) {
            targets.refresh();
        }
    }

    private Div createFigure(ReportTable table) {
        Div section = new Div();
        section.setId("figure-" + table.id());
        section.addClassName("semnal-figure");
        section.add(new H3(table.title()), new Paragraph(table.note()));
        if (table.isEmpty()) {
            section.add(new Paragraph(getTranslation("reporting.empty")));
            return section;
        }
        if (table.chartSvg() != null) {
            Image chart = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                    .encodeToString(table.chartSvg().getBytes(StandardCharsets.UTF_8)), getTranslation("reporting.chartAlt", table.title()));
            chart.addClassName("semnal-chart");
            section.add(chart);
        }
        Details details = new Details(getTranslation("reporting.showTable"), createGrid(table));
        details.setOpened(table.chartSvg() == null);
        section.add(details, createDownloads(table));
        return section;
    }

    private Grid<List<Object>> createGrid(ReportTable table) {
        Grid<List<Object>> grid = new Grid<>();
        for (int i = 0; i < table.header().size(); i++) {
            int column = i;
            grid.addColumn(row -> format(row.get(column))).setHeader(table.header().get(i)).setAutoWidth(true)
                    .setSortable(true).setComparator((a, b) -> compare(a.get(column), b.get(column)));
        }
        grid.setItems(table.rows());
        grid.setAllRowsVisible(table.rows().size() <= 15);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setWidthFull();
        return grid;
    }

    private FlexLayout createDownloads(ReportTable table) {
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = documents.csv(table, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), table.id() + ".csv", "text/csv", bytes.length);
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, getTranslation("reporting.export.csv"));
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = documents.xlsx(List.of(table));
            return new DownloadResponse(new ByteArrayInputStream(bytes), table.id() + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, getTranslation("reporting.export.xlsx"));
        csv.setId("csv-" + table.id());
        xlsx.setId("xlsx-" + table.id());
        FlexLayout downloads = new FlexLayout(csv, xlsx);
        downloads.addClassName("semnal-actions");
        return downloads;
    }

    private Anchor createXlsxAll() {
        List<ReportTable> all = tables;
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = documents.xlsx(all);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "semnal-programme.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "XLSX (" + getTranslation("reporting.filter.all") + ")");
        xlsx.setId("xlsx-all");
        return xlsx;
    }

    /** The PDF is laid out in the background, with a progress bar, then offered for download. */
    private Div createPdfButton() {
        Div holder = new Div();
        ProgressBar progress = new ProgressBar(0, Math.max(1, tables.size()));
        progress.setVisible(false);
        progress.setWidth("12em");
        Span status = new Span();
        status.setId("pdf-status");
        Button pdf = new Button(getTranslation("reporting.export.pdf"), VaadinIcon.FILE_TEXT.create());
        pdf.setId("build-pdf");
        pdf.addClickListener(click -> {
            UI ui = UI.getCurrent();
            ProgrammeReport current = report;
            List<ReportTable> all = tables;
            pdf.setEnabled(false);
            progress.setVisible(true);
            status.setText(getTranslation("reporting.export.preparing"));
            ui.setPollInterval(500);
            Thread.ofVirtual().start(() -> {
                try {
                    byte[] bytes = documents.pdf(current, all, language, done -> ui.access(() -> progress.setValue(done)));
                    ui.access(() -> offer(holder, status, progress, bytes));
                } catch (RuntimeException e) {
                    LOG.warn("The PDF report failed", e);
                    ui.access(() -> {
                        status.setText("");
                        Notifications.error(getTranslation("reporting.export.failed"));
                    });
                } finally {
                    ui.access(() -> {
                        pdf.setEnabled(true);
                        ui.setPollInterval(-1);
                    });
                }
            });
        });
        holder.add(pdf, progress, status);
        holder.addClassName("semnal-actions");
        return holder;
    }

    private void offer(Div holder, Span status, ProgressBar progress, byte[] bytes) {
        progress.setVisible(false);
        status.setText(getTranslation("reporting.export.ready") + " ");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "semnal-report.pdf", "application/pdf", bytes.length)),
                com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, getTranslation("reporting.export.download"));
        download.setId("pdf-ready");
        download.setTarget(AnchorTarget.BLANK);
        status.add(download);
    }

    /** Recomputes every figure from the source tables in the background (after a bulk import or a repair). */
    private Div createRebuild() {
        Span status = new Span();
        status.setId("rebuild-status");
        Button rebuild = new Button(getTranslation("reporting.rebuild"), VaadinIcon.REFRESH.create());
        rebuild.setId("rebuild");
        rebuild.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        rebuild.addClickListener(click -> {
            UI ui = UI.getCurrent();
            rebuild.setEnabled(false);
            ui.setPollInterval(1000);
            var signedIn = security.getContext();
            Thread.ofVirtual().start(() -> {
                security.setContext(signedIn);
                try {
                    int accounts = reporting.rebuild(done -> ui.access(
                            () -> status.setText(getTranslation("reporting.rebuild.running", done))));
                    ui.access(() -> {
                        status.setText(getTranslation("reporting.rebuild.done", accounts));
                        show(report.filter());
                    });
                } catch (RuntimeException e) {
                    LOG.warn("Recomputing the programme figures failed", e);
                    ui.access(() -> Notifications.error(getTranslation("reporting.export.failed")));
                } finally {
                    security.clearContext();
                    ui.access(() -> {
                        rebuild.setEnabled(true);
                        ui.setPollInterval(-1);
                    });
                }
            });
        });
        Div holder = new Div(rebuild, status);
        holder.addClassName("semnal-actions");
        return holder;
    }

    private String format(Object cell) {
        return switch (cell) {
            case null -> "—";
            case Double d -> String.format(language.locale(), "%.1f", d);
            case Number n -> String.format(language.locale(), "%,d", n.longValue());
            default -> cell.toString();
        };
    }

    private int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return java.text.Collator.getInstance(language.locale()).compare(a.toString(), b.toString());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coordinator") + " · " + getTranslation("app.name");
    }
}
