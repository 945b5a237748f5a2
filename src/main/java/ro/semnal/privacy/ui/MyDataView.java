package ro.semnal.privacy.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import ro.semnal.base.ui.FieldErrors;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.privacy.PrivacyProperties;
import ro.semnal.privacy.PrivacyService;

/** "My data": everything Semnal holds about the signed-in person as a ZIP of JSON files, and erasing the account. */
@Route("my-data")
@PermitAll
@AccessDeniedErrorRouter
@Menu(title = "nav.myData", order = 18, icon = "vaadin:user-card")
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

    private final PrivacyService privacy;
    private final AuthenticationContext authentication;
    private final TextField confirmation = new TextField();
    private final FieldErrors errors = new FieldErrors().bind("confirmation", confirmation);

    public MyDataView(PrivacyService privacy, PrivacyProperties properties, AuthenticationContext authentication) {
        this.privacy = privacy;
        this.authentication = authentication;
        add(new H2(getTranslation("myData.title")), new Paragraph(getTranslation("myData.text")), createDownload(),
                new H3(getTranslation("myData.erase.title")), new Paragraph(getTranslation("myData.erase.text")),
                new Paragraph(getTranslation(properties.keepCertificatesOnErasure() ? "myData.erase.certificatesKept"
                        : "myData.erase.certificatesRevoked")),
                createErase());
    }

    private Anchor createDownload() {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = privacy.exportMine();
            return new DownloadResponse(new ByteArrayInputStream(zip), "semnal-my-data.zip", "application/zip", zip.length);
        }), AttachmentType.DOWNLOAD, getTranslation("myData.download"));
        download.setId("download-my-data");
        return download;
    }

    private VerticalLayout createErase() {
        confirmation.setLabel(getTranslation("myData.erase.confirmation"));
        confirmation.setId("erase-confirmation");
        confirmation.setWidth("min(100%, 28rem)");
        Button erase = new Button(getTranslation("myData.erase.button"), click -> confirm());
        erase.setId("erase-account");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout layout = new VerticalLayout(confirmation, erase);
        layout.setPadding(false);
        return layout;
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("myData.erase.title"),
                getTranslation("myData.erase.final"), getTranslation("myData.erase.button"), event -> erase());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void erase() {
        try {
            privacy.eraseMine(confirmation.getValue());
        } catch (InvalidInputException refused) {
            errors.show(refused.errors()).forEach(error -> ro.semnal.base.ui.Notifications.error(
                    getTranslation(error.messageKey())));
            return;
        }
        authentication.logout();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myData.title") + " · " + getTranslation("app.name");
    }
}
