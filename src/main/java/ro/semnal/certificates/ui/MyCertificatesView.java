package ro.semnal.certificates.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import ro.semnal.base.i18n.Language;
import ro.semnal.certificates.CertificateService;
import ro.semnal.certificates.CertificateView;

/** The learner's certificates, with their status, the PDF and the public verification link. */
@Route("my-certificates")
@PermitAll
@Menu(title = "nav.myCertificates", order = 17, icon = "vaadin:diploma")
public class MyCertificatesView extends VerticalLayout implements HasDynamicTitle {

    public MyCertificatesView(CertificateService certificates) {
        Language language = Language.of(UI.getCurrent().getLocale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        Grid<CertificateView> grid = new Grid<>(CertificateView.class, false);
        grid.addColumn(c -> c.courseTitle(language)).setKey("course").setHeader(getTranslation("certificates.course"))
                .setFlexGrow(1);
        grid.addColumn(c -> dates.format(c.completedOn())).setKey("completed").setHeader(getTranslation("certificates.completedOn"));
        grid.addColumn(c -> c.expiresOn() == null ? "-" : dates.format(c.expiresOn())).setKey("expires")
                .setHeader(getTranslation("certificates.expiresOn"));
        grid.addColumn(c -> getTranslation("certificateStatus." + c.status().name())).setKey("status")
                .setHeader(getTranslation("field.status"));
        grid.addComponentColumn(c -> CertificateDownloads.link(certificates, c, getTranslation("certificates.download")))
                .setKey("pdf").setHeader(getTranslation("certificates.pdf"));
        grid.addComponentColumn(c -> new Anchor("verify/" + c.code(), c.code())).setKey("code")
                .setHeader(getTranslation("certificates.code")).setAutoWidth(true);
        grid.setItems(certificates.myCertificates());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("certificates.mine")), new Paragraph(getTranslation("certificates.mineText")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.mine") + " · " + getTranslation("app.name");
    }
}
