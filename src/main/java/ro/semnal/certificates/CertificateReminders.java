package ro.semnal.certificates;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ro.semnal.accounts.AccountService;
import ro.semnal.base.i18n.Language;
import ro.semnal.base.i18n.Translations;
import ro.semnal.notifications.NotificationRequest;
import ro.semnal.notifications.NotificationService;

/**
 * The daily expiry work: marks expired certificates and reminds holders, in their language, before expiry
 * with a link to the refresher course. Each reminder is sent once (the notification's unique key is the
 * certificate code and its expiry date), however often the job fires and on however many nodes.
 */
@Component
class CertificateReminders {

    private final CertificateService certificates;
    private final NotificationService notifications;
    private final AccountService accounts;
    private final Translations translations;
    private final String baseUrl;

    CertificateReminders(CertificateService certificates, NotificationService notifications, AccountService accounts,
            Translations translations, @Value("${semnal.base-url:http://localhost:8080}") String baseUrl) {
        this.certificates = certificates;
        this.notifications = notifications;
        this.accounts = accounts;
        this.translations = translations;
        this.baseUrl = baseUrl;
    }

    /** Returns how many reminders were sent by this run. */
    int run() {
        certificates.markExpired();
        int sent = 0;
        for (CertificateView certificate : certificates.expiringSoon()) {
            var holder = accounts.findById(certificate.userId());
            if (holder.isEmpty() || !holder.get().active()) {
                continue;
            }
            Language language = holder.get().language();
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                    .format(certificate.expiresOn());
            String course = certificate.courseTitle(language);
            String link = baseUrl + "/course/" + (certificate.refresherCourse() == null ? certificate.courseSlug()
                    : certificate.refresherCourse());
            boolean fresh = notifications.send(new NotificationRequest(certificate.userId(), holder.get().email(),
                    "certificate-expiry", certificate.code(), certificate.expiresOn().toString(),
                    translations.get(language, "mail.certificateExpiry.subject", course),
                    translations.get(language, "mail.certificateExpiry.body", certificate.holderName(), course, date,
                            link, certificate.code())));
            sent += fresh ? 1 : 0;
        }
        return sent;
    }
}
