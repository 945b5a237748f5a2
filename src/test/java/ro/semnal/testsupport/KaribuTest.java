package ro.semnal.testsupport;

import java.security.Principal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import kotlin.jvm.functions.Function0;
import ro.semnal.accounts.UserAccount;

/**
 * A browserless UI test in the real Spring context. The fake request reads the Spring security context
 * on every call, so Vaadin's route access control sees whoever {@link #login} signed in.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("ro.semnal");
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestUsers users;

    @Autowired
    protected SignIn signIn;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    Authentication auth = signIn.current();
                    return auth == null || TRUST.isAnonymous(auth) ? null : auth;
                }
            };
            request.setUserInRole((principal, role) -> principal instanceof Authentication auth
                    && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority())));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        signIn.out();
        MockVaadin.tearDown();
    }

    /** Signs the user in, as the login form would, and opens the home page as they would see it. */
    protected void login(UserAccount user) {
        signIn.as(user);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
    }
}
