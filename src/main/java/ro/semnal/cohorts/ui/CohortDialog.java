package ro.semnal.cohorts.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.ui.FieldErrors;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CatalogService;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.cohorts.CohortForm;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;

/** Creates or changes a cohort: name, courses, dates, capacity, trainers (by e-mail), required sessions. */
class CohortDialog extends Dialog {

    private final TextField name = new TextField();
    private final MultiSelectComboBox<CourseDefinition> courses = new MultiSelectComboBox<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final IntegerField capacity = new IntegerField();
    private final IntegerField attendance = new IntegerField();
    private final EmailField otherTrainer = new EmailField();
    private final FieldErrors errors = new FieldErrors();

    CohortDialog(CohortService cohorts, CatalogService catalog, AccountService accounts, CohortSummary existing,
            Consumer<CohortSummary> onSaved) {
        Language language = Language.of(UI.getCurrent().getLocale());
        setHeaderTitle(getTranslation(existing == null ? "cohorts.new" : "cohorts.edit"));
        name.setLabel(getTranslation("cohorts.name"));
        name.setId("cohort-name");
        courses.setLabel(getTranslation("cohorts.courses"));
        courses.setItems(catalog.courses());
        courses.setItemLabelGenerator(c -> c.title().orOther(language));
        courses.setId("cohort-courses");
        start.setLabel(getTranslation("cohorts.start"));
        end.setLabel(getTranslation("cohorts.end"));
        capacity.setLabel(getTranslation("cohorts.capacity"));
        capacity.setValue(existing == null ? 30 : existing.capacity());
        attendance.setLabel(getTranslation("cohorts.attendanceRequired"));
        attendance.setHelperText(getTranslation("cohorts.attendanceHelp"));
        attendance.setValue(existing == null ? 0 : existing.attendanceRequired());
        otherTrainer.setLabel(getTranslation("cohorts.coTrainer"));
        start.setValue(existing == null ? LocalDate.now() : existing.startDate());
        end.setValue(existing == null ? LocalDate.now().plusMonths(2) : existing.endDate());
        if (existing != null) {
            name.setValue(existing.name());
            courses.setValue(catalog.courses().stream().filter(c -> existing.courses().contains(c.slug()))
                    .collect(Collectors.toSet()));
        }
        errors.bind("name", name).bind("courses", courses).bind("endDate", end).bind("capacity", capacity)
                .bind("attendanceRequired", attendance).bind("trainers", otherTrainer);
        add(new FormLayout(name, courses, start, end, capacity, attendance, otherTrainer));
        Button save = new Button(getTranslation("action.save"), click -> save(cohorts, accounts, existing, onSaved));
        save.setId("save-cohort");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save(CohortService cohorts, AccountService accounts, CohortSummary existing,
            Consumer<CohortSummary> onSaved) {
        UserAccount me = accounts.current().orElseThrow();
        Set<Long> trainers = new java.util.HashSet<>(existing == null ? Set.of() : existing.trainerIds());
        if (me.hasRole(ro.semnal.accounts.Role.TRAINER)) {
            trainers.add(me.id());
        }
        if (!otherTrainer.isEmpty()) {
            accounts.findByEmail(otherTrainer.getValue()).ifPresentOrElse(u -> trainers.add(u.id()),
                    () -> trainers.add(-1L));
        }
        CohortForm form = new CohortForm(name.getValue(), courses.getValue().stream().map(CourseDefinition::slug)
                .collect(Collectors.toSet()), start.getValue(), end.getValue(),
                capacity.getValue() == null ? 0 : capacity.getValue(), trainers,
                attendance.getValue() == null ? 0 : attendance.getValue());
        try {
            CohortSummary saved = existing == null ? cohorts.create(form) : cohorts.update(existing.id(), form);
            Notifications.success(getTranslation("cohorts.saved"));
            onSaved.accept(saved);
            close();
        } catch (InvalidInputException e) {
            errors.show(e.errors()).forEach(other -> Notifications.error(getTranslation(other.messageKey())));
        }
    }
}
