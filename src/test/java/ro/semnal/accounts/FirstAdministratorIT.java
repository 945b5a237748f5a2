package ro.semnal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class FirstAdministratorIT {

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationContext context;
    @Value("${semnal.admin.email}")
    String adminEmail;
    @Value("${semnal.admin.password}")
    String adminPassword;

    @Test
    void the_first_start_creates_an_administrator_with_the_configured_password() {
        UserAccount admin = accounts.findByEmail(adminEmail).orElseThrow();
        assertThat(admin.roles()).contains(Role.ADMIN);
        assertThat(passwordEncoder.matches(adminPassword, userDetails.loadUserByUsername(adminEmail).getPassword()))
                .isTrue();
    }

    @Test
    void a_node_that_finds_the_administrator_created_meanwhile_by_another_node_starts_anyway() {
        String hashBefore = userDetails.loadUserByUsername(adminEmail).getPassword();
        // as on the second of two nodes started together: it saw no administrator, the first node then created it
        context.getBean(FirstAdministrator.class).create();
        assertThat(accounts.findByEmail(adminEmail)).isPresent();
        assertThat(userDetails.loadUserByUsername(adminEmail).getPassword()).isEqualTo(hashBefore);
    }

    @Test
    void without_the_demo_profile_no_demo_accounts_are_seeded() {
        assertThat(context.containsBean("demoAccounts")).isFalse();
    }

    @Test
    void a_generated_password_is_long_and_random() {
        String one = FirstAdministrator.randomPassword();
        String two = FirstAdministrator.randomPassword();
        assertThat(one).hasSize(20).isNotEqualTo(two);
    }
}
