package ro.semnal.cohorts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.catalog.CourseDefinition;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.shell.ForbiddenView;
import ro.semnal.testsupport.KaribuTest;

/** A trainer creates a cohort and adds a learner in the UI; another trainer is refused that cohort. */
class CohortUiIT extends KaribuTest {

    @Autowired
    CohortService cohorts;

    @Test
    @SuppressWarnings("unchecked")
    void a_trainer_creates_a_cohort_adds_a_member_and_another_trainer_cannot_open_it() {
        UserAccount learner = users.create("Membru Nou", Role.LEARNER);
        login(users.create("Formator Interfață", Role.TRAINER));
        UI.getCurrent().navigate(CohortsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-cohort")));
        _setValue(_get(TextField.class, spec -> spec.withId("cohort-name")), "Grupa Iași noiembrie");
        MultiSelectComboBox<CourseDefinition> courses = _get(MultiSelectComboBox.class, spec -> spec.withId("cohort-courses"));
        _setValue(courses, Set.of(courses.getListDataView().getItems().filter(c -> c.slug().equals("lessons-only"))
                .findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("save-cohort")));

        Grid<CohortSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("Grupa Iași noiembrie");
        CohortSummary created = GridKt._get(grid, 0);

        GridKt._clickItem(grid, 0);
        _assertOne(CohortView.class);
        _setValue(_get(EmailField.class, spec -> spec.withId("member-email")), learner.email());
        _click(_get(Button.class, spec -> spec.withId("add-member")));
        assertThat(cohorts.members(created.id())).extracting(UserAccount::id).containsExactly(learner.id());

        login(users.create("Formator Străin", Role.TRAINER));
        UI.getCurrent().navigate(CohortView.class, CohortView.parameters(created.id()));
        _assertOne(ForbiddenView.class);
    }
}
