package ro.semnal.learning.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import ro.semnal.accounts.Profession;
import ro.semnal.base.i18n.Language;
import ro.semnal.learning.CatalogEntry;
import ro.semnal.learning.LearningService;

/** Every course, the ones for the learner's profession first; filter by profession and language, search by title. */
@Route("catalog")
@PermitAll
@Menu(title = "nav.catalog", order = 10, icon = "vaadin:book")
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

    private final LearningService learning;
    private final TextField search = new TextField();
    private final Select<Profession> profession = new Select<>();
    private final Select<Language> language = new Select<>();
    private final Div cards = new Div();

    public CatalogView(LearningService learning) {
        this.learning = learning;
        add(new H2(getTranslation("catalog.title")), createFilters(), cards);
        cards.addClassName("semnal-course-grid");
        refresh();
    }

    private FlexLayout createFilters() {
        search.setPlaceholder(getTranslation("catalog.search"));
        search.setAriaLabel(getTranslation("catalog.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        profession.setLabel(getTranslation("field.profession"));
        profession.setEmptySelectionAllowed(true);
        profession.setEmptySelectionCaption(getTranslation("catalog.allProfessions"));
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> p == null ? getTranslation("catalog.allProfessions")
                : getTranslation(p.messageKey()));
        language.setLabel(getTranslation("catalog.language"));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("catalog.allLanguages"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == null ? getTranslation("catalog.allLanguages")
                : getTranslation("language." + l.code()));
        search.addValueChangeListener(e -> refresh());
        profession.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(search, profession, language);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("semnal-filters");
        return filters;
    }

    private void refresh() {
        List<CatalogEntry> entries = learning.catalog(search.getValue(), profession.getValue(), language.getValue());
        Language shown = Language.of(UI.getCurrent().getLocale());
        cards.removeAll();
        if (entries.isEmpty()) {
            cards.add(new Paragraph(getTranslation("catalog.empty")));
        }
        entries.forEach(entry -> cards.add(new CourseCard(entry, shown)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title") + " · " + getTranslation("app.name");
    }
}
