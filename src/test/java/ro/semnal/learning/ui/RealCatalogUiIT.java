package ro.semnal.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

import ro.semnal.accounts.Profession;
import ro.semnal.accounts.Role;
import ro.semnal.testsupport.KaribuTest;

/** With the real courses, a learner of each profession sees their own course at the top of the catalog. */
@TestPropertySource(properties = "semnal.catalog.folder=courses")
class RealCatalogUiIT extends KaribuTest {

    @ParameterizedTest
    @CsvSource({"police, POLICE_OFFICER", "prosecutors, PROSECUTOR", "judges, JUDGE", "medical-staff, MEDICAL_STAFF",
            "social-workers, SOCIAL_WORKER", "community-actors, TEACHER", "community-actors, CLERGY"})
    void a_learner_sees_the_course_for_their_profession_first(String slug, Profession profession) {
        login(users.create("Cursant " + slug, profession, Role.LEARNER));
        UI.getCurrent().navigate(CatalogView.class);
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("semnal-course-card"));
        List<String> forMe = cards.stream().takeWhile(card -> card.getElement().getTextRecursively()
                .contains("Pentru profesia ta")).map(card -> card.getId().orElse("")).toList();
        assertThat(forMe).contains("course-card-" + slug);
        assertThat(cards.stream().map(c -> c.getId().orElse(""))).contains("course-card-core-trafficking");
    }
}
