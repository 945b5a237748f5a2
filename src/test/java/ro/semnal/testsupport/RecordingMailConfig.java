package ro.semnal.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP stand-in for tests that need no network: it takes every mail, except those to an address
 * starting with "refused", which it refuses as a mail server would. Import it in the tests that need it.
 */
@TestConfiguration
public class RecordingMailConfig {

    public final List<SimpleMailMessage> taken = new CopyOnWriteArrayList<>();

    @Bean
    JavaMailSenderImpl mailSender() {
        return new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                for (SimpleMailMessage message : messages) {
                    if (message.getTo()[0].startsWith("refused")) {
                        throw new MailSendException("550 mailbox unavailable");
                    }
                    taken.add(message);
                }
            }
        };
    }

    public long takenFor(String email) {
        return taken.stream().filter(m -> m.getTo()[0].equalsIgnoreCase(email)).count();
    }
}
