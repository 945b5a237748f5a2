package ro.semnal.testsupport;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Registration;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.i18n.Language;

/** Creates accounts with unique e-mails, so tests can share a database (H2 or MariaDB) without clashing. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private final AccountService accounts;

    public TestUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    public UserAccount create(String name, Role... roles) {
        return accounts.create(registration(name, uniqueEmail(name)), Set.of(roles));
    }

    public UserAccount create(String name, Profession profession, Role... roles) {
        Registration base = registration(name, uniqueEmail(name));
        return accounts.create(new Registration(base.fullName(), base.email(), base.password(),
                base.passwordConfirmation(), profession, base.institution(), base.county(), base.language()),
                Set.of(roles));
    }

    public static String uniqueEmail(String hint) {
        String local = hint.toLowerCase().replaceAll("[^a-z]", "");
        return (local.isEmpty() ? "user" : local) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.semnal.ro";
    }

    public static Registration registration(String name, String email) {
        return new Registration(name, email, PASSWORD, PASSWORD, Profession.POLICE_OFFICER, "IPJ Cluj", County.CJ,
                Language.RO);
    }
}
