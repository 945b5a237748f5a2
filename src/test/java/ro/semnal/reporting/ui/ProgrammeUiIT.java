package ro.semnal.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Role;
import ro.semnal.testsupport.KaribuTest;

class ProgrammeUiIT extends KaribuTest {

    @Test
    void a_coordinator_sees_headline_figures_charts_with_alternatives_and_exports() {
        login(users.create("Coordonatoare Tablou", Role.COORDINATOR));
        UI.getCurrent().navigate("coordinator");

        assertThat(_get(H2.class, spec -> spec.withId("coordinator-title")).getText()).isEqualTo("Programul în cifre");
        assertThat(_get(Div.class, spec -> spec.withId("report-headline")).getChildren()).hasSize(6);
        Div byProfession = _get(Div.class, spec -> spec.withId("figure-trained-by-profession"));
        assertThat(byProfession.getElement().getTextRecursively()).contains("Specialiști formați pe profesii");
        assertThat(_find(Div.class, spec -> spec.withId("figure-funnel"))).hasSize(1);
        _find(Image.class).forEach(chart -> assertThat(chart.getAlt()).hasValueSatisfying(alt -> assertThat(alt).startsWith("Grafic:")));
        assertThat(_find(Anchor.class, spec -> spec.withId("csv-funnel"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("xlsx-all"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("targets"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filters_narrow_the_figures_and_say_so() {
        login(users.create("Coordonator Filtre", Role.COORDINATOR));
        UI.getCurrent().navigate("coordinator");

        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-county")), County.CJ);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-institution")), "IPJ <b>Cluj</b>");
        _click(_get(Button.class, spec -> spec.withId("filter-apply")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-filters")).getText())
                .isEqualTo("Filtre: Cluj, IPJ <b>Cluj</b>");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_reversed_period_is_refused_with_a_message() {
        login(users.create("Coordonator Perioadă", Role.COORDINATOR));
        UI.getCurrent().navigate("coordinator");

        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-from")), java.time.YearMonth.of(2026, 5));
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-to")), java.time.YearMonth.of(2026, 2));
        _click(_get(Button.class, spec -> spec.withId("filter-apply")));

        ComboBox<?> from = _get(ComboBox.class, spec -> spec.withId("filter-from"));
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("Începutul perioadei trebuie să fie înaintea sfârșitului.");
    }

    @Test
    void the_pdf_report_is_built_in_the_background_and_offered_for_download() throws InterruptedException {
        login(users.create("Coordonator PDF", Role.COORDINATOR));
        UI.getCurrent().navigate("coordinator");

        _click(_get(Button.class, spec -> spec.withId("build-pdf")));
        assertThat(_get(Button.class, spec -> spec.withId("build-pdf")).isEnabled()).isFalse();
        for (int i = 0; i < 600 && _find(Anchor.class, spec -> spec.withId("pdf-ready")).isEmpty(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }

        assertThat(_find(Anchor.class, spec -> spec.withId("pdf-ready"))).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withId("build-pdf")).isEnabled()).isTrue();
    }

    @Test
    void a_target_with_bad_input_shows_the_errors_then_saves() {
        login(users.create("Coordonator Ținte UI", Role.COORDINATOR));
        UI.getCurrent().navigate("coordinator");
        _click(_get(Button.class, spec -> spec.withId("target-add")));

        _setValue(_get(IntegerField.class, spec -> spec.withId("target-count")), 0);
        _click(_get(Button.class, spec -> spec.withId("target-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("target-name")).getErrorMessage()).isEqualTo("Dați un nume țintei.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("target-count")).isInvalid()).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withId("target-name")), "Ținta UI");
        _setValue(_get(IntegerField.class, spec -> spec.withId("target-count")), 600);
        _setValue(_get(DatePicker.class, spec -> spec.withId("target-starts")), LocalDate.of(2026, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("target-deadline")), LocalDate.of(2027, 12, 31));
        _click(_get(Button.class, spec -> spec.withId("target-save")));

        assertThat(context.getBean(ro.semnal.reporting.ReportingService.class).targetProgress())
                .extracting(p -> p.target().name()).contains("Ținta UI");
    }

    @Test
    void a_trainer_is_told_the_figures_are_their_cohorts_only_and_has_no_targets() {
        login(users.create("Formator Tablou", Role.TRAINER));
        UI.getCurrent().navigate("coordinator");

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).toList())
                .contains("Vedeți doar cifrele grupelor pe care le conduceți.");
        assertThat(_find(Div.class, spec -> spec.withId("targets"))).isEmpty();
    }

    @Test
    void a_learner_cannot_open_the_dashboard() {
        login(users.create("Cursant Tablou", Role.LEARNER));
        UI.getCurrent().navigate("coordinator");

        assertThat(_find(H2.class, spec -> spec.withId("coordinator-title"))).isEmpty();
    }

    @Test
    void a_coordinator_recomputes_every_figure_in_the_background() throws InterruptedException {
        login(users.create("Coordonator Recalcul", Role.COORDINATOR));
        UI.getCurrent().navigate("coordinator");

        _click(_get(Button.class, spec -> spec.withId("rebuild")));
        for (int i = 0; i < 600 && !_get(Button.class, spec -> spec.withId("rebuild")).isEnabled(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("rebuild-status")).getText())
                .startsWith("Cifrele au fost recalculate pentru ");
    }
}
