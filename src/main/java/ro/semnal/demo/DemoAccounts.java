package ro.semnal.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Registration;
import ro.semnal.accounts.Role;
import ro.semnal.base.i18n.Language;

/**
 * Demo accounts for trying Semnal out; only under the {@code demo} profile, which `mvn spring-boot:run`
 * activates and the production jar does not. Their credentials are listed in README.md.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoAccount(String email, String password, String name, Profession profession, String institution,
            County county, Set<Role> roles) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("learner@semnal.local", "semnal-demo-cursant-2026", "Ioana Popescu", Profession.SOCIAL_WORKER,
                    "DGASPC Iași", County.IS, EnumSet.of(Role.LEARNER)),
            new DemoAccount("trainer@semnal.local", "semnal-demo-formator-2026", "Mihai Ștefănescu", Profession.OTHER,
                    "Centrul de formare Semnal", County.CJ, EnumSet.of(Role.TRAINER, Role.LEARNER)),
            new DemoAccount("coordinator@semnal.local", "semnal-demo-coordonator-2026", "Elena Țurcanu", Profession.OTHER,
                    "Programul național Semnal", County.B, EnumSet.of(Role.COORDINATOR)));

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.findByEmail(demo.email()).isEmpty()) {
                accounts.create(new Registration(demo.name(), demo.email(), demo.password(), demo.password(),
                        demo.profession(), demo.institution(), demo.county(), Language.RO), demo.roles());
                log.info("Demo account {} created", demo.email());
            }
        }
    }
}
