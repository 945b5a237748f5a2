package ro.semnal.certificates.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import ro.semnal.certificates.CertificateService;
import ro.semnal.certificates.CertificateView;

/** A download link for a certificate's PDF; the service checks who may have it when it is requested. */
final class CertificateDownloads {

    private CertificateDownloads() {
    }

    static Anchor link(CertificateService certificates, CertificateView certificate, String text) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] pdf = certificates.pdf(certificate.code());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "semnal-" + certificate.code() + ".pdf",
                    "application/pdf", pdf.length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.setId("download-" + certificate.code());
        return anchor;
    }
}
