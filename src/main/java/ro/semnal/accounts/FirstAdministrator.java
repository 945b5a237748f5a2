package ro.semnal.accounts;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.InvalidInputException;

/**
 * On a database without an administrator, creates one. Its password comes from
 * {@code semnal.admin.password} (env SEMNAL_ADMIN_PASSWORD); without it, a random password is printed
 * once in the log. There is no default password.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountService accounts;
    private final AdminProperties properties;

    FirstAdministrator(AccountService accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUserHasRole(Role.ADMIN)) {
            return;
        }
        create();
    }

    /**
     * Creates the administrator; when it fails because another node, started at the same moment on the same empty
     * database, has just created one, this node goes on without it.
     */
    void create() {
        boolean generated = properties.password() == null || properties.password().isBlank();
        String password = generated ? randomPassword(properties.email()) : properties.password();
        try {
            accounts.create(new Registration(properties.name(), properties.email(), password, password,
                    Profession.OTHER, "Semnal", County.B, Language.RO), EnumSet.of(Role.ADMIN, Role.COORDINATOR));
        } catch (InvalidInputException | DataIntegrityViolationException e) {
            if (accounts.anyUserHasRole(Role.ADMIN)) {
                log.info("First administrator created meanwhile by another node");
                return;
            }
            throw new IllegalStateException("Cannot create the first administrator from semnal.admin.*: "
                    + (e instanceof InvalidInputException invalid ? invalid.errors() : e.getMessage()), e);
        }
        if (generated) {
            log.warn("""

                    ================================================================
                     First administrator created: {}
                     Password (shown once, change it or set SEMNAL_ADMIN_PASSWORD): {}
                    ================================================================""",
                    properties.email(), password);
        } else {
            log.info("First administrator {} created with the configured password", properties.email());
        }
    }

    /** A random password that passes the policy (it could, rarely, contain the e-mail's local part). */
    static String randomPassword(String email) {
        String password;
        do {
            password = randomPassword();
        } while (RegistrationValidator.password(password, email).isPresent());
        return password;
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
