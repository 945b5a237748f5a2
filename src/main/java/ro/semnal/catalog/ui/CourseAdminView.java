package ro.semnal.catalog.ui;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import ro.semnal.base.i18n.Language;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.catalog.CourseImportResult;
import ro.semnal.catalog.ImportReport;
import ro.semnal.catalog.ImportStatus;
import ro.semnal.catalog.content.CourseArchive;

/** Administrators reload the courses folder or upload a zipped course, and see what was imported or refused. */
@Route("admin/courses")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
@Menu(title = "nav.adminCourses", order = 92, icon = "vaadin:archive")
public class CourseAdminView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogService catalog;
    private final Grid<CourseImportResult> report = new Grid<>(CourseImportResult.class, false);
    private final Grid<CourseDefinition> courses = new Grid<>(CourseDefinition.class, false);
    private final Paragraph summary = new Paragraph();

    public CourseAdminView(CatalogService catalog) {
        this.catalog = catalog;
        Button reload = new Button(getTranslation("adminCourses.reload"), VaadinIcon.REFRESH.create(),
                click -> show(catalog.reload()));
        reload.setId("reload-courses");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        summary.setId("import-summary");
        add(new H2(getTranslation("adminCourses.title")), new Paragraph(getTranslation("adminCourses.text")), reload,
                createUpload(), summary, createReport(), new H3(getTranslation("adminCourses.served")), createCourses());
        report.setVisible(false);
    }

    private Upload createUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() ->
                show(catalog.importZip(new ByteArrayInputStream(data))))));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) (2 * CourseArchive.MAX_TOTAL_BYTES));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("adminCourses.upload")));
        upload.addFileRejectedListener(rejected -> summary.setText(getTranslation("adminCourses.uploadRejected")));
        return upload;
    }

    private Grid<CourseImportResult> createReport() {
        report.addColumn(CourseImportResult::folder).setKey("folder").setHeader(getTranslation("adminCourses.course"))
                .setAutoWidth(true);
        report.addColumn(r -> getTranslation("importStatus." + r.status().name())).setKey("status")
                .setHeader(getTranslation("field.status")).setAutoWidth(true);
        report.addColumn(r -> r.errors().stream().map(e -> e.file() + (e.line() > 0 ? ":" + e.line() : "") + " · "
                + getTranslation(e.messageKey(), e.args().toArray())).collect(Collectors.joining("\n")))
                .setKey("errors").setHeader(getTranslation("adminCourses.errors")).setFlexGrow(1);
        report.setAllRowsVisible(true);
        report.setId("import-report");
        return report;
    }

    private Grid<CourseDefinition> createCourses() {
        Language language = Language.of(getLocale());
        courses.addColumn(CourseDefinition::slug).setKey("slug").setHeader(getTranslation("adminCourses.slug")).setAutoWidth(true);
        courses.addColumn(c -> c.title().orOther(language)).setKey("title").setHeader(getTranslation("adminCourses.course"))
                .setFlexGrow(1);
        courses.addColumn(c -> c.version().substring(0, 12)).setKey("version").setHeader(getTranslation("adminCourses.version"));
        courses.setItems(catalog.courses());
        courses.setAllRowsVisible(true);
        return courses;
    }

    private void show(ImportReport result) {
        summary.setText(getTranslation("adminCourses.summary", result.count(ImportStatus.IMPORTED),
                result.count(ImportStatus.UNCHANGED), result.count(ImportStatus.REFUSED)));
        report.setItems(result.results());
        report.setVisible(true);
        courses.setItems(catalog.courses());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adminCourses.title") + " · " + getTranslation("app.name");
    }
}
