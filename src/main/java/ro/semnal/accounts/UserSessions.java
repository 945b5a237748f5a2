package ro.semnal.accounts;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Which HTTP sessions each signed-in user has on this node (Spring Security's session registry, fed on
 * sign-in), and the sessions themselves (from the servlet container), so that a user's sessions can be
 * ended at once: invalidated, not just marked, so their next request is anonymous. Per node: with several
 * nodes and no shared session store, a session on another node ends at its inactivity timeout, or at its
 * next navigation for a deactivated account.
 */
@Component
class UserSessions extends SessionRegistryImpl implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
        removeSessionInformation(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
        SessionInformation info = getSessionInformation(oldSessionId);
        if (info != null) {
            removeSessionInformation(oldSessionId);
            registerNewSession(event.getSession().getId(), info.getPrincipal());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionsRevoked revoked) {
        int ended = end(revoked.email(), revoked.keepSessionId());
        log.info("Ended {} session(s) of {}", ended, revoked.email());
    }

    /** Ends every session of the user but the one to keep; returns how many. */
    int end(String email, String keepSessionId) {
        String name = User.normaliseEmail(email);
        int ended = 0;
        for (Object principal : getAllPrincipals()) {
            if (!name.equals(User.normaliseEmail(nameOf(principal)))) {
                continue;
            }
            for (SessionInformation info : getAllSessions(principal, true)) {
                if (info.getSessionId().equals(keepSessionId)) {
                    continue;
                }
                info.expireNow();
                HttpSession session = sessions.remove(info.getSessionId());
                removeSessionInformation(info.getSessionId());
                if (session != null) {
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyInvalidated) {
                        // ended meanwhile
                    }
                }
                ended++;
            }
        }
        return ended;
    }

    /** How many sessions the user has on this node. */
    int count(String email) {
        String name = User.normaliseEmail(email);
        return getAllPrincipals().stream().filter(p -> name.equals(User.normaliseEmail(nameOf(p))))
                .mapToInt(p -> getAllSessions(p, false).size()).sum();
    }

    /** The HTTP session of the request being served, if any (spared when a user ends their other sessions). */
    static String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails details) {
            return details.getUsername();
        }
        return principal instanceof Principal p ? p.getName() : String.valueOf(principal);
    }
}
