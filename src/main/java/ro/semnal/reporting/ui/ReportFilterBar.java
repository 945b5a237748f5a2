package ro.semnal.reporting.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.reporting.ReportFilter;
import ro.semnal.reporting.ReportingService.CohortOption;

/** The filters of the programme figures: period (months), course, profession, county, institution, cohort. */
class ReportFilterBar extends FlexLayout {

    final ComboBox<YearMonth> from = new ComboBox<>();
    final ComboBox<YearMonth> to = new ComboBox<>();
    final ComboBox<CourseDefinition> course = new ComboBox<>();
    final ComboBox<Profession> profession = new ComboBox<>();
    final ComboBox<County> county = new ComboBox<>();
    final TextField institution = new TextField();
    final ComboBox<CohortOption> cohort = new ComboBox<>();

    ReportFilterBar(Language language, List<CourseDefinition> courses, List<CohortOption> cohorts, YearMonth now,
            Consumer<ReportFilter> apply) {
        List<YearMonth> months = Stream.iterate(YearMonth.of(2024, 1), m -> !m.isAfter(now), m -> m.plusMonths(1)).toList()
                .reversed();
        setup(from, "reporting.filter.from", "filter-from", months, YearMonth::toString);
        setup(to, "reporting.filter.to", "filter-to", months, YearMonth::toString);
        setup(course, "reporting.filter.course", "filter-course", courses, c -> c.title().orOther(language));
        setup(profession, "reporting.filter.profession", "filter-profession", List.of(Profession.values()),
                p -> getTranslation(p.messageKey()));
        setup(county, "reporting.filter.county", "filter-county", County.alphabetical(), County::displayName);
        setup(cohort, "reporting.filter.cohort", "filter-cohort", cohorts, CohortOption::name);
        institution.setLabel(getTranslation("reporting.filter.institution"));
        institution.setId("filter-institution");
        institution.setClearButtonVisible(true);
        institution.setMaxLength(200);
        Button applyButton = new Button(getTranslation("reporting.filter.apply"), click -> {
            from.setInvalid(false);
            try {
                apply.accept(filter());
            } catch (InvalidInputException e) {
                from.setInvalid(true);
                from.setErrorMessage(getTranslation(e.errors().getFirst().messageKey()));
                Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
            }
        });
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyButton.setId("filter-apply");
        Button clear = new Button(getTranslation("reporting.filter.clear"), click -> {
            Stream.of(from, to, course, profession, county, cohort).forEach(ComboBox::clear);
            institution.clear();
            apply.accept(ReportFilter.ALL);
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(from, to, course, profession, county, institution, cohort, applyButton, clear);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        addClassName("semnal-filters");
    }

    private <T> void setup(ComboBox<T> box, String label, String id, List<T> items,
            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        box.setLabel(getTranslation(label));
        box.setId(id);
        box.setItems(items);
        box.setItemLabelGenerator(labels);
        box.setPlaceholder(getTranslation("reporting.filter.all"));
        box.setClearButtonVisible(true);
    }

    ReportFilter filter() {
        return new ReportFilter(from.getValue(), to.getValue(), course.getValue() == null ? null : course.getValue().slug(),
                profession.getValue(), county.getValue(), institution.getValue(),
                cohort.getValue() == null ? null : cohort.getValue().id());
    }
}
