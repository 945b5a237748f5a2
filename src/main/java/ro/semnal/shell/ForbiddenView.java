package ro.semnal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.security.access.AccessDeniedException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown, with status 403, when a service refuses what a page asked for (another trainer's cohort, another
 * learner's attempt): the same page as a route the user's roles do not allow, never a stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ForbiddenView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("semnal-access-denied");
        add(new H2(getTranslation("accessDenied.title")), new Paragraph(getTranslation("accessDenied.text")),
                new Anchor("", getTranslation("accessDenied.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
