package ro.semnal.cohorts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.cohorts.CohortService;

/** Self-enrolment by a cohort's invite link: the signed-in learner joins and is enrolled in its courses. */
@Route("join/:code")
@PermitAll
public class JoinView extends VerticalLayout implements BeforeEnterObserver {

    private final CohortService cohorts;

    public JoinView(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H2 result = new H2();
        result.setId("join-result");
        try {
            result.setText(getTranslation("join.done", cohorts.joinByInvite(event.getRouteParameters().get("code")
                    .orElse("")).name()));
        } catch (InvalidInputException e) {
            result.setText(getTranslation(e.errors().getFirst().messageKey()));
        }
        add(result, new Anchor("", getTranslation("accessDenied.home")));
    }
}
