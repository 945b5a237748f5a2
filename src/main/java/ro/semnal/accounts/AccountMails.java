package ro.semnal.accounts;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ro.semnal.base.i18n.Language;
import ro.semnal.base.i18n.Translations;
import ro.semnal.notifications.NotificationRequest;
import ro.semnal.notifications.NotificationService;

/**
 * The account mails, in the user's language, through the notifications feature (sent, or kept in the
 * outbox without SMTP). Each mail is its own notification: the occurrence is a prefix of the link's hash.
 */
@Component
class AccountMails {

    private final NotificationService notifications;
    private final Translations translations;
    private final String baseUrl;

    AccountMails(NotificationService notifications, Translations translations,
            @Value("${semnal.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void verification(UserAccount to, String token, Duration validFor) {
        send(to, to.email(), "account-verify", token, "mail.verify.subject", "mail.verify.body",
                link("verify-email", token), validFor.toHours());
    }

    void passwordReset(UserAccount to, String token, Duration validFor) {
        send(to, to.email(), "account-reset", token, "mail.reset.subject", "mail.reset.body",
                link("set-password", token), validFor.toMinutes());
    }

    void emailChangeConfirmation(UserAccount to, String newEmail, String token, Duration validFor) {
        send(to, newEmail, "account-email-confirm", token, "mail.emailChange.subject", "mail.emailChange.body",
                newEmail, link("confirm-email", token), validFor.toHours());
    }

    void emailChangeNotice(UserAccount to, String newEmail, String token) {
        send(to, to.email(), "account-email-notice", token, "mail.emailChangeNotice.subject",
                "mail.emailChangeNotice.body", newEmail);
    }

    private void send(UserAccount to, String address, String kind, String token, String subjectKey, String bodyKey,
            Object... params) {
        Language language = to.language();
        Object[] bodyParams = new Object[params.length + 1];
        bodyParams[0] = to.fullName();
        System.arraycopy(params, 0, bodyParams, 1, params.length);
        notifications.send(new NotificationRequest(to.id(), address, kind, "user-" + to.id(),
                Tokens.sha256(token).substring(0, 32), translations.get(language, subjectKey),
                translations.get(language, bodyKey, bodyParams)));
    }

    private String link(String route, String token) {
        return baseUrl + "/" + route + "/" + token;
    }
}
