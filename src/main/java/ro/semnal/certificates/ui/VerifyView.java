package ro.semnal.certificates.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.ui.LanguageSwitch;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.certificates.CertificateService;
import ro.semnal.certificates.CertificateStatus;
import ro.semnal.certificates.Verification;

/**
 * Public verification, without signing in: the QR code of a certificate opens {@code /verify/<code>}; anyone
 * can also type a code. Shows the name, course, hours, dates and status; nothing more.
 */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    private final CertificateService certificates;
    private final TextField code = new TextField();
    private final Div result = new Div();

    public VerifyView(CertificateService certificates, AccountService accounts) {
        this.certificates = certificates;
        addClassName("semnal-verify");
        setAlignItems(FlexComponent.Alignment.CENTER);
        code.setLabel(getTranslation("verify.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX-XXXX");
        code.setWidth("min(100%, 26rem)");
        code.setId("verify-code");
        Button check = new Button(getTranslation("verify.check"), click -> UI.getCurrent().navigate("verify/"
                + code.getValue().strip().replace(' ', '-')));
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        result.setId("verify-result");
        result.setWidth("min(100%, 40rem)");
        add(new LanguageSwitch(accounts), new H1(getTranslation("verify.title")),
                new Paragraph(getTranslation("verify.intro")), code, check, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        result.removeAll();
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(typed);
            VaadinRequest request = VaadinRequest.getCurrent();
            try {
                show(certificates.verify(typed, request == null ? null : request.getRemoteAddr()));
            } catch (InvalidInputException e) {
                result.add(new Paragraph(getTranslation(e.errors().getFirst().messageKey())));
            }
        });
    }

    private void show(Verification v) {
        if (!v.found()) {
            Paragraph unknown = new Paragraph(getTranslation("verify.unknown"));
            unknown.setId("verify-status");
            result.add(unknown);
            return;
        }
        Language language = Language.of(UI.getCurrent().getLocale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        H2 status = new H2(statusText(v, dates));
        status.setId("verify-status");
        status.addClassName("semnal-verify-" + v.status().name().toLowerCase());
        result.add(status,
                fact("verify.holder", v.holderName()),
                fact("verify.course", language == Language.EN ? v.courseTitleEn() : v.courseTitleRo()),
                fact("verify.hours", v.hours().stripTrailingZeros().toPlainString()),
                fact("verify.completedOn", dates.format(v.completedOn())),
                fact("verify.issuedOn", dates.format(v.issuedAt().atZone(BUCHAREST).toLocalDate())),
                fact("verify.expiresOn", v.expiresOn() == null ? getTranslation("verify.noExpiry") : dates.format(v.expiresOn())));
        if (v.status() == CertificateStatus.SUPERSEDED) {
            Anchor current = new Anchor("verify/" + v.supersededBy(), getTranslation("verify.current", v.supersededBy()));
            current.setId("verify-current");
            result.add(current);
        }
    }

    private String statusText(Verification v, DateTimeFormatter dates) {
        return switch (v.status()) {
            case VALID -> getTranslation("verify.status.VALID");
            case EXPIRED -> getTranslation("verify.status.EXPIRED", dates.format(v.expiresOn()));
            case REVOKED -> getTranslation("verify.status.REVOKED",
                    dates.format(v.revokedAt().atZone(BUCHAREST).toLocalDate()), v.revokeReason());
            case SUPERSEDED -> getTranslation("verify.status.SUPERSEDED");
        };
    }

    private Paragraph fact(String key, String value) {
        Paragraph fact = new Paragraph(getTranslation(key) + ": " + value);
        fact.addClassName("semnal-verify-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " · " + getTranslation("app.name");
    }

}
