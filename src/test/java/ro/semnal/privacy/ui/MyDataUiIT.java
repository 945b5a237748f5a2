package ro.semnal.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.testsupport.KaribuTest;

class MyDataUiIT extends KaribuTest {

    @Autowired
    AccountService accounts;

    private void eraseWith(String typed) {
        _setValue(_get(TextField.class, spec -> spec.withId("erase-confirmation")), typed);
        _click(_get(Button.class, spec -> spec.withId("erase-account")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
    }

    @Test
    void a_learner_finds_the_download_and_a_wrong_address_erases_nothing() {
        UserAccount learner = users.create("Cursant Prudent", Role.LEARNER);
        login(learner);
        UI.getCurrent().navigate("my-data");
        _assertOne(MyDataView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("download-my-data")).getHref()).isNotBlank();

        eraseWith("altcineva@example.ro");

        TextField confirmation = _get(TextField.class, spec -> spec.withId("erase-confirmation"));
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("Scrieți exact adresa de e-mail a contului.");
        assertThat(accounts.findById(learner.id()).orElseThrow().fullName()).isEqualTo("Cursant Prudent");
    }

    @Test
    void a_learner_who_confirms_with_their_address_erases_their_account() {
        UserAccount learner = users.create("Cursant Hotărât", Role.LEARNER);
        login(learner);
        UI.getCurrent().navigate("my-data");

        eraseWith(learner.email());

        UserAccount erased = accounts.findById(learner.id()).orElseThrow();
        assertThat(erased.fullName()).isEqualTo("Erased user #" + learner.id());
        assertThat(erased.active()).isFalse();
    }
}
