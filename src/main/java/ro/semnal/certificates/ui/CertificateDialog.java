package ro.semnal.certificates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import ro.semnal.base.ui.FieldErrors;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.certificates.CertificateService;
import ro.semnal.certificates.CertificateStatus;
import ro.semnal.certificates.CertificateView;

/** One certificate for a coordinator: its history, the PDF, and revoke or re-issue with a reason. */
class CertificateDialog extends Dialog {

    private final TextArea reason = new TextArea();
    private final FieldErrors errors = new FieldErrors();

    CertificateDialog(CertificateService certificates, CertificateView certificate, Runnable onChange) {
        setHeaderTitle(certificate.holderName() + " · " + certificate.code());
        UnorderedList history = new UnorderedList();
        certificates.history(certificate.code()).forEach(entry -> history.add(new ListItem(entry)));
        reason.setLabel(getTranslation("certificates.reason"));
        reason.setWidthFull();
        reason.setId("certificate-reason");
        errors.bind("reason", reason);
        add(new VerticalLayout(new Paragraph(getTranslation("certificateStatus." + certificate.status().name())),
                CertificateDownloads.link(certificates, certificate, getTranslation("certificates.download")), history,
                reason));
        boolean open = certificate.status() == CertificateStatus.VALID || certificate.status() == CertificateStatus.EXPIRED;
        Button revoke = new Button(getTranslation("certificates.revoke"), click -> act(() ->
                certificates.revoke(certificate.code(), reason.getValue()), onChange));
        revoke.setId("revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(open);
        Button reissue = new Button(getTranslation("certificates.reissue"), click -> act(() ->
                certificates.reissue(certificate.code(), reason.getValue()), onChange));
        reissue.setId("reissue");
        reissue.setEnabled(open);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), reissue, revoke);
    }

    private void act(Runnable action, Runnable onChange) {
        try {
            action.run();
            Notifications.success(getTranslation("certificates.changed"));
            onChange.run();
            close();
        } catch (InvalidInputException e) {
            errors.show(e.errors()).forEach(other -> Notifications.error(getTranslation(other.messageKey())));
        }
    }
}
