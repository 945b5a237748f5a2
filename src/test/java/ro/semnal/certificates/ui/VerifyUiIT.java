package ro.semnal.certificates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.certificates.CertificateService;
import ro.semnal.learning.LearningService;
import ro.semnal.testsupport.KaribuTest;

/** The public verification page, without signing in, for each status a certificate can have. */
class VerifyUiIT extends KaribuTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    LearningService learning;

    private String certificateOf(String name) {
        UserAccount learner = users.create(name, Role.LEARNER);
        signIn.as(learner);
        learning.enrol("lessons-only");
        for (String lesson : List.of("intro", "signs", "referral")) {
            learning.openLesson("lessons-only", lesson);
            learning.markLessonDone("lessons-only", lesson);
        }
        String code = certificates.myCertificates().getFirst().code();
        signIn.out();
        return code;
    }

    private static String status(String code) {
        UI.getCurrent().navigate("verify/" + code);
        _assertOne(VerifyView.class);
        return _get(Div.class, spec -> spec.withId("verify-result")).getElement().getTextRecursively();
    }

    @Test
    void anyone_sees_a_valid_certificate_with_name_course_and_hours_only() {
        String code = certificateOf("Public Verificabil");
        String shown = status(code);
        assertThat(_get(H2.class, spec -> spec.withId("verify-status")).getText()).isEqualTo("Certificat valabil");
        assertThat(shown).contains("Public Verificabil").contains("Semnele traficului pentru polițiști").contains("2")
                .doesNotContain("@test.semnal.ro").doesNotContain("IPJ Cluj");
    }

    @Test
    void a_revoked_and_a_superseded_certificate_say_so_and_the_superseded_one_links_to_the_new_one() {
        String revoked = certificateOf("Revocat Public");
        String replaced = certificateOf("Înlocuit Public");
        signIn.as(users.create("Coordonator Public", Role.COORDINATOR));
        certificates.revoke(revoked, "Date greșite");
        String fresh = certificates.reissue(replaced, "Nume corectat").code();
        signIn.out();

        status(revoked);
        assertThat(_get(H2.class, spec -> spec.withId("verify-status")).getText()).startsWith("Certificat revocat la")
                .endsWith("Motiv: Date greșite");
        status(replaced);
        assertThat(_get(H2.class, spec -> spec.withId("verify-status")).getText())
                .isEqualTo("Certificat înlocuit de unul nou");
        assertThat(_get(Anchor.class, spec -> spec.withId("verify-current")).getHref()).isEqualTo("verify/" + fresh);
    }

    @Test
    void an_unknown_code_is_reported_plainly() {
        status("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-status")).getText())
                .startsWith("Nu există niciun certificat cu acest cod");
    }
}
