package ro.semnal.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.audit.AuditAction;
import ro.semnal.shell.AccessDeniedView;
import ro.semnal.testsupport.KaribuTest;

class AuditUiIT extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_browses_and_filters_the_trail_and_finds_nothing_to_edit() {
        UserAccount admin = users.create("Admin Jurnal", Role.ADMIN);
        UserAccount learner = users.create("Cursant Jurnal", Role.LEARNER);
        login(admin);
        accounts.updateAccess(learner.id(), Set.of(Role.LEARNER, Role.TRAINER), true);
        accounts.updateAccess(learner.id(), Set.of(Role.LEARNER, Role.TRAINER), false);

        UI.getCurrent().navigate("admin/audit");
        _assertOne(AuditView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Cine")), admin.email());
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "action")).isEqualTo("Cont dezactivat");
        assertThat(GridKt._getFormatted(grid, 0, "actor")).isEqualTo(admin.email());
        assertThat(GridKt._getFormatted(grid, 0, "object")).isEqualTo("Cont " + learner.id());
        assertThat(GridKt._getFormatted(grid, 1, "summary")).isEqualTo("[LEARNER] -> [LEARNER, TRAINER]");

        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withLabel("Acțiune"));
        _setValue(action, AuditAction.ROLES_CHANGED);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        AuditView view = _get(AuditView.class);
        assertThat(_find(view, Button.class)).isEmpty();
        assertThat(grid.getColumns()).allSatisfy(column -> assertThat(column.getEditorComponent()).isNull());
    }

    @Test
    void a_coordinator_cannot_open_the_trail() {
        login(users.create("Coordonator Jurnal", Role.COORDINATOR));
        UI.getCurrent().navigate("admin/audit");
        _assertOne(AccessDeniedView.class);
        _assertNone(AuditView.class);
    }
}
