package ro.semnal.privacy.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import ro.semnal.accounts.UserAccount;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.privacy.PrivacyService;

/** Administrators answer data requests made outside Semnal: export a person's data or erase their account. */
@Route("admin/privacy")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
@Menu(title = "nav.adminPrivacy", order = 91, icon = "vaadin:user-clock")
public class ErasureAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PrivacyService privacy;
    private final TextField search = new TextField();
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    public ErasureAdminView(PrivacyService privacy) {
        this.privacy = privacy;
        setSizeFull();
        search.setLabel(getTranslation("adminUsers.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(100%, 28rem)");
        search.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("adminPrivacy.title")), new Paragraph(getTranslation("adminPrivacy.text")), search,
                createGrid());
        refresh();
    }

    private Grid<UserAccount> createGrid() {
        grid.addColumn(UserAccount::fullName).setKey("name").setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        grid.addColumn(UserAccount::email).setKey("email").setHeader(getTranslation("field.email")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setSizeFull();
        return grid;
    }

    private HorizontalLayout actions(UserAccount account) {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = privacy.exportFor(account.id());
            return new DownloadResponse(new ByteArrayInputStream(zip), "semnal-data-" + account.id() + ".zip",
                    "application/zip", zip.length);
        }), AttachmentType.DOWNLOAD, getTranslation("adminPrivacy.export"));
        Button erase = new Button(getTranslation("adminPrivacy.erase"), click -> confirm(account));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        erase.setEnabled(!PrivacyService.isErased(account));
        return new HorizontalLayout(export, erase);
    }

    private void confirm(UserAccount account) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("adminPrivacy.erase"),
                getTranslation("adminPrivacy.confirm", account.fullName(), account.email()),
                getTranslation("adminPrivacy.erase"), event -> erase(account));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void erase(UserAccount account) {
        try {
            privacy.eraseAccount(account.id());
            Notifications.success(getTranslation("adminPrivacy.erased"));
        } catch (InvalidInputException refused) {
            refused.errors().forEach(error -> Notifications.error(getTranslation(error.messageKey())));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(privacy.findAccounts(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adminPrivacy.title") + " · " + getTranslation("app.name");
    }
}
