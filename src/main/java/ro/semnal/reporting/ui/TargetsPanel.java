package ro.semnal.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.ui.FieldErrors;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.reporting.Figures.Target;
import ro.semnal.reporting.Figures.TargetProgress;
import ro.semnal.reporting.ReportingService;

/** The coordinators' targets: their progress, and a dialog to add, change or delete one. */
class TargetsPanel extends Div {

    private final ReportingService reporting;
    private final CatalogService catalog;
    private final Language language;
    private final Runnable changed;
    private final Grid<TargetProgress> grid = new Grid<>();

    TargetsPanel(ReportingService reporting, CatalogService catalog, Language language, Runnable changed) {
        this.reporting = reporting;
        this.catalog = catalog;
        this.language = language;
        this.changed = changed;
        setId("targets");
        setWidthFull();
        Button add = new Button(getTranslation("reporting.target.add"), VaadinIcon.PLUS.create(), click -> edit(null));
        add.setId("target-add");
        grid.addColumn(p -> p.target().name()).setHeader(getTranslation("reporting.col.targetName")).setAutoWidth(true);
        grid.addColumn(p -> p.achieved() + " / " + p.target().count()).setHeader(getTranslation("reporting.col.achieved"));
        grid.addColumn(p -> String.format(language.locale(), "%.0f%%", p.percent())).setHeader(getTranslation("reporting.col.progress"));
        grid.addColumn(p -> p.target().deadline().toString()).setHeader(getTranslation("reporting.col.deadline"));
        grid.addColumn(p -> getTranslation(p.reached() ? "reporting.target.reached" : p.overdue() ? "reporting.target.overdue"
                : p.onTrack() ? "reporting.target.onTrack" : "reporting.target.behind")).setHeader(getTranslation("reporting.col.status"));
        grid.addComponentColumn(p -> {
            Button change = new Button(getTranslation("reporting.target.edit"), click -> edit(p.target()));
            Button delete = new Button(getTranslation("reporting.target.delete"), click -> {
                reporting.deleteTarget(p.target().id());
                Notifications.success(getTranslation("reporting.target.deleted"));
                changed.run();
            });
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(change, delete);
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("reporting.targets")), add, grid);
    }

    void refresh() {
        grid.setItems(reporting.targetProgress());
    }

    private void edit(Target existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "reporting.target.add" : "reporting.target.edit"));
        TextField name = new TextField(getTranslation("reporting.target.name"));
        name.setId("target-name");
        name.setMaxLength(200);
        IntegerField count = new IntegerField(getTranslation("reporting.target.count"));
        count.setId("target-count");
        DatePicker starts = new DatePicker(getTranslation("reporting.target.startsOn"));
        starts.setId("target-starts");
        DatePicker deadline = new DatePicker(getTranslation("reporting.target.deadline"));
        deadline.setId("target-deadline");
        ComboBox<Profession> profession = combo("reporting.filter.profession", "reporting.target.anyProfession",
                List.of(Profession.values()), p -> getTranslation(p.messageKey()));
        ComboBox<County> county = combo("reporting.filter.county", "reporting.target.anyCounty", County.alphabetical(),
                County::displayName);
        ComboBox<CourseDefinition> course = combo("reporting.filter.course", "reporting.target.anyCourse", catalog.courses(),
                c -> c.title().orOther(language));
        if (existing != null) {
            name.setValue(existing.name());
            count.setValue(existing.count());
            starts.setValue(existing.startsOn());
            deadline.setValue(existing.deadline());
            profession.setValue(existing.profession() == null ? null : Profession.valueOf(existing.profession()));
            county.setValue(existing.county() == null ? null : County.valueOf(existing.county()));
            catalog.courses().stream().filter(c -> c.slug().equals(existing.courseSlug())).findFirst().ifPresent(course::setValue);
        }
        FieldErrors errors = new FieldErrors().bind("name", name).bind("count", count).bind("startsOn", starts)
                .bind("deadline", deadline);
        Button save = new Button(getTranslation("reporting.target.save"), click -> {
            try {
                reporting.saveTarget(new Target(existing == null ? null : existing.id(), name.getValue(),
                        count.getValue() == null ? 0 : count.getValue(), starts.getValue(), deadline.getValue(),
                        profession.getValue() == null ? null : profession.getValue().name(),
                        county.getValue() == null ? null : county.getValue().name(),
                        course.getValue() == null ? null : course.getValue().slug()));
                dialog.close();
                Notifications.success(getTranslation("reporting.target.saved"));
                changed.run();
            } catch (InvalidInputException e) {
                errors.show(e.errors()).forEach(error -> Notifications.error(getTranslation(error.messageKey())));
            }
        });
        save.setId("target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, count, starts, deadline, profession, county, course));
        dialog.getFooter().add(new Button(getTranslation("reporting.target.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private <T> ComboBox<T> combo(String label, String placeholder, List<T> items,
            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        ComboBox<T> box = new ComboBox<>(getTranslation(label));
        box.setItems(items);
        box.setItemLabelGenerator(labels);
        box.setPlaceholder(getTranslation(placeholder));
        box.setClearButtonVisible(true);
        return box;
    }
}
