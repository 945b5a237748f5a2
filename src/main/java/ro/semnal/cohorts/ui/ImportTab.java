package ro.semnal.cohorts.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.cohorts.ImportPreview;

/** Import from CSV: a preview of what each row will do; nothing is written until the trainer confirms. */
class ImportTab extends VerticalLayout {

    private final Grid<ImportPreview.RowPlan> preview = new Grid<>(ImportPreview.RowPlan.class, false);
    private final Paragraph summary = new Paragraph();
    private final Button confirm = new Button();
    private byte[] file;

    ImportTab(CohortService cohorts, CohortSummary cohort) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            file = data;
            show(cohorts.previewImport(cohort.id(), data));
        })));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(2 * 1024 * 1024);
        preview.addColumn(ImportPreview.RowPlan::line).setKey("line").setHeader(getTranslation("import.line")).setAutoWidth(true);
        preview.addColumn(ImportPreview.RowPlan::name).setKey("name").setHeader(getTranslation("field.fullName"));
        preview.addColumn(ImportPreview.RowPlan::email).setKey("email").setHeader(getTranslation("field.email"));
        preview.addColumn(r -> getTranslation("import.action." + r.action().name())).setKey("action")
                .setHeader(getTranslation("import.action"));
        preview.addColumn(r -> r.messageKeys().stream().map(this::getTranslation).collect(Collectors.joining(" ")))
                .setKey("problems").setHeader(getTranslation("import.problems")).setFlexGrow(1);
        preview.setAllRowsVisible(true);
        summary.setId("import-summary");
        confirm.setText(getTranslation("import.confirm"));
        confirm.setId("confirm-import");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(click -> {
            try {
                ImportPreview done = cohorts.confirmImport(cohort.id(), file);
                Notifications.success(getTranslation("import.done", done.count(ImportPreview.Action.INVITE),
                        done.count(ImportPreview.Action.ENROL)));
                confirm.setEnabled(false);
            } catch (InvalidInputException e) {
                Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
            }
        });
        add(new Paragraph(getTranslation("import.help")), upload, summary, preview, confirm);
    }

    void show(ImportPreview plan) {
        preview.setItems(plan.rows());
        summary.setText(plan.problemKey() != null ? getTranslation(plan.problemKey())
                : getTranslation("import.summary", plan.count(ImportPreview.Action.INVITE),
                        plan.count(ImportPreview.Action.ENROL), plan.count(ImportPreview.Action.ALREADY_MEMBER),
                        plan.count(ImportPreview.Action.ERROR)));
        confirm.setEnabled(plan.importable());
    }
}
