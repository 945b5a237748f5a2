package ro.semnal.certificates.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.ui.Notifications;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.certificates.CertificateFilter;
import ro.semnal.certificates.CertificateService;
import ro.semnal.certificates.CertificateStatus;
import ro.semnal.certificates.CertificateView;

/**
 * Every certificate, for coordinators: filters, a lazy grid, revoke and re-issue with a reason, CSV export
 * and the PDFs of the current filter as one ZIP, built in the background with a progress bar.
 */
@Route("coordinator/certificates")
@RolesAllowed({"COORDINATOR", "ADMIN"})
@AccessDeniedErrorRouter
@Menu(title = "nav.certificates", order = 35, icon = "vaadin:diploma-scroll")
public class CertificatesAdminView extends VerticalLayout implements HasDynamicTitle {

    private final CertificateService certificates;
    private final ComboBox<CourseDefinition> course = new ComboBox<>();
    private final Select<Profession> profession = new Select<>();
    private final ComboBox<County> county = new ComboBox<>();
    private final Select<CertificateStatus> status = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<CertificateView> grid = new Grid<>(CertificateView.class, false);
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Language language;
    private final org.springframework.security.core.context.SecurityContextHolderStrategy security;

    public CertificatesAdminView(CertificateService certificates, CatalogService catalog,
            org.springframework.security.core.context.SecurityContextHolderStrategy security) {
        this.certificates = certificates;
        this.security = security;
        this.language = Language.of(UI.getCurrent().getLocale());
        setSizeFull();
        add(new H2(getTranslation("certificates.all")), createFilters(catalog), createActions(), createGrid());
        progress.setVisible(false);
    }

    private FlexLayout createFilters(CatalogService catalog) {
        course.setLabel(getTranslation("certificates.course"));
        course.setItems(catalog.courses());
        course.setItemLabelGenerator(c -> c.title().orOther(language));
        course.setClearButtonVisible(true);
        profession.setLabel(getTranslation("field.profession"));
        profession.setEmptySelectionAllowed(true);
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> p == null ? getTranslation("catalog.allProfessions") : getTranslation(p.messageKey()));
        county.setLabel(getTranslation("field.county"));
        county.setItems(County.alphabetical());
        county.setItemLabelGenerator(County::displayName);
        county.setClearButtonVisible(true);
        status.setLabel(getTranslation("field.status"));
        status.setEmptySelectionAllowed(true);
        status.setItems(CertificateStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("certificateStatus." + s.name()));
        from.setLabel(getTranslation("certificates.issuedFrom"));
        to.setLabel(getTranslation("certificates.issuedTo"));
        course.addValueChangeListener(e -> refresh());
        profession.addValueChangeListener(e -> refresh());
        county.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(course, profession, county, status, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("semnal-filters");
        return filters;
    }

    private CertificateFilter filter() {
        return new CertificateFilter(course.getValue() == null ? null : course.getValue().slug(), profession.getValue(),
                county.getValue(), status.getValue(), from.getValue(), to.getValue());
    }

    private FlexLayout createActions() {
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = certificates.csv(filter(), language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "certificates.csv", "text/csv", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("certificates.exportCsv"));
        csv.setId("export-csv");
        Button zip = new Button(getTranslation("certificates.zip"), VaadinIcon.FILE_ZIP.create(), click -> buildZip());
        zip.setId("build-zip");
        FlexLayout actions = new FlexLayout(csv, zip, progress, progressText);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("gap", "var(--lumo-space-m)");
        return actions;
    }

    /** Builds the ZIP in the background, showing progress, then offers it for download. */
    private void buildZip() {
        UI ui = UI.getCurrent();
        CertificateFilter filter = filter();
        long total = certificates.count(filter);
        if (total == 0) {
            Notifications.error(getTranslation("certificates.zipEmpty"));
            return;
        }
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(total);
        progress.setValue(0);
        ui.setPollInterval(500);
        // the application's strategy, not the static holder: with several application contexts in one JVM
        // (tests) the static holder may belong to another one
        var signedIn = security.getContext();
        Thread.ofVirtual().start(() -> {
            security.setContext(signedIn);
            try {
                Path file = Files.createTempFile("semnal-certificates-", ".zip");
                try (OutputStream out = Files.newOutputStream(file)) {
                    certificates.zip(filter, out, written -> ui.access(() -> {
                        progress.setValue(written);
                        progressText.setText(getTranslation("certificates.zipProgress", written, total));
                    }));
                }
                ui.access(() -> offer(file));
            } catch (IOException | UncheckedIOException e) {
                ui.access(() -> Notifications.error(getTranslation("certificates.zipFailed")));
            } finally {
                security.clearContext();
                ui.access(() -> ui.setPollInterval(-1));
            }
        });
    }

    private void offer(Path file) {
        Anchor download = new Anchor(DownloadHandler.forFile(file.toFile(), "certificates.zip"), AttachmentType.DOWNLOAD,
                getTranslation("certificates.zipReady"));
        download.setId("zip-ready");
        progressText.setText("");
        progress.setVisible(false);
        progressText.getElement().removeAllChildren();
        progressText.add(download);
    }

    private Grid<CertificateView> createGrid() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        grid.addColumn(CertificateView::code).setKey("code").setHeader(getTranslation("certificates.code")).setAutoWidth(true);
        grid.addColumn(CertificateView::holderName).setKey("holder").setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.profession().messageKey())).setKey("profession").setHeader(getTranslation("field.profession"));
        grid.addColumn(c -> c.county().displayName()).setKey("county").setHeader(getTranslation("field.county"));
        grid.addColumn(c -> c.courseTitle(language)).setKey("course").setHeader(getTranslation("certificates.course")).setFlexGrow(1);
        grid.addColumn(c -> dates.format(c.completedOn())).setKey("completed").setHeader(getTranslation("certificates.completedOn"));
        grid.addColumn(c -> getTranslation("certificateStatus." + c.status().name())).setKey("status")
                .setHeader(getTranslation("field.status"));
        grid.setItems(query -> certificates.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) certificates.count(filter()));
        grid.addItemClickListener(click -> new CertificateDialog(certificates, click.getItem(), this::refresh).open());
        grid.setSizeFull();
        return grid;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.all") + " · " + getTranslation("app.name");
    }
}
