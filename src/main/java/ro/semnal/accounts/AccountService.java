package ro.semnal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.FieldError;
import ro.semnal.base.validation.InvalidInputException;

/** Accounts: registration, look-up, and what administrators change on them. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final String CURRENT = AccountService.class.getName() + ".current";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LinkTokens links;
    private final AccountMails mails;
    private final AccountProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile String unusableHash;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser, LinkTokens links,
            AccountMails mails, AccountProperties properties, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.links = links;
        this.mails = mails;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates a learner on someone's behalf (a trainer's import) with an unusable random password, and a
     * single-use link token, valid for 14 days, to set their own. For other features' services, not views.
     */
    @Transactional
    public InvitedAccount invite(String fullName, String email, Profession profession, String institution, County county,
            Language language) {
        User user = createUser(new Registration(fullName, email, null, null, profession, institution, county,
                language), EnumSet.of(Role.LEARNER), unusableHash());
        user.requireVerification();
        String token = links.issue(user.getId(), PasswordToken.SET_PASSWORD, Duration.ofDays(14), null);
        return new InvitedAccount(user.toAccount(), token);
    }

    /**
     * Sets a password through an e-mailed link (an invitation or a password reset); the link then stops
     * working, the address counts as verified (the mail reached its owner), and every other session of the
     * user ends. The password policy applies.
     */
    @Transactional
    public UserAccount setPassword(String token, String password, String confirmation) {
        PasswordToken found = links.redeem(token, Set.of(PasswordToken.SET_PASSWORD, PasswordToken.RESET_PASSWORD))
                .orElseThrow(() -> new InvalidInputException("token", "validation.token.invalid"));
        User user = users.findById(found.userId()).orElseThrow();
        RegistrationValidator.requireNewPassword(password, confirmation, user.getEmail());
        user.changePasswordHash(passwordEncoder.encode(password));
        user.verifyEmail();
        links.revoke(user.getId(), PasswordToken.RESET_PASSWORD);
        events.publishEvent(new SessionsRevoked(user.getEmail(), UserSessions.currentSessionId()));
        return user.toAccount();
    }

    /**
     * Registers a learner, who must confirm the address through the e-mailed link before signing in.
     * Every problem with the input is reported at once.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public UserAccount register(Registration registration) {
        record Registered(UserAccount account, String token) {
        }
        Registered registered = transactions.execute(status -> {
            User user = createUser(registration, EnumSet.of(Role.LEARNER), null);
            user.requireVerification();
            String token = links.issue(user.getId(), PasswordToken.VERIFY_EMAIL, properties.verificationValidity(),
                    null);
            return new Registered(user.toAccount(), token);
        });
        mails.verification(registered.account(), registered.token(), properties.verificationValidity());
        return registered.account();
    }

    /**
     * Creates an account with the given roles, for start-up provisioning and trusted imports;
     * views call {@link #register} instead.
     */
    @Transactional
    public UserAccount create(Registration registration, Set<Role> roles) {
        return createUser(registration, roles, null).toAccount();
    }

    /**
     * With a {@code passwordHash} (an invitation's unusable one), the registration carries no password and
     * the policy is not applied; otherwise the password is checked and hashed.
     */
    private User createUser(Registration registration, Set<Role> roles, String passwordHash) {
        List<FieldError> errors = new ArrayList<>(RegistrationValidator.validate(registration));
        if (passwordHash != null) {
            errors.removeIf(error -> error.field().startsWith("password"));
        }
        String email = User.normaliseEmail(registration.email());
        if (errors.stream().noneMatch(e -> e.field().equals("email")) && users.existsByEmail(email)) {
            errors.add(new FieldError("email", "validation.email.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Language language = registration.language() == null ? Language.RO : registration.language();
        User user = new User(email, registration.fullName(),
                passwordHash != null ? passwordHash : passwordEncoder.encode(registration.password()),
                registration.profession(), registration.institution(), registration.county(), language, roles,
                clock.instant());
        try {
            return users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raceOnSameEmail) {
            throw new InvalidInputException("email", "validation.email.taken");
        }
    }

    /**
     * The hash of a random secret nobody knows, shared by invited accounts until their owners set a password:
     * computed once, so a CSV import does not pay a bcrypt hash per learner.
     */
    private String unusableHash() {
        String hash = unusableHash;
        if (hash == null) {
            hash = passwordEncoder.encode(Tokens.random(32));
            unusableHash = hash;
        }
        return hash;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(User.normaliseEmail(email)).map(User::toAccount);
    }

    /** For other features' services (certificates, cohorts), never for views: no access check. */
    public Optional<UserAccount> findById(long id) {
        return users.findById(id).map(User::toAccount);
    }

    public boolean anyUserHasRole(Role role) {
        return users.existsByRole(role);
    }

    /**
     * The signed-in user's account, if someone is signed in and the account still exists. Read once per HTTP
     * request: one Vaadin request often asks several times (a click that starts a quiz, then the page it opens).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<UserAccount> current() {
        Optional<String> email = currentUser.email();
        if (email.isEmpty()) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CURRENT, RequestAttributes.SCOPE_REQUEST) instanceof UserAccount known
                && known.email().equals(User.normaliseEmail(email.get()))) {
            return Optional.of(known);
        }
        Optional<UserAccount> account = findByEmail(email.get());
        if (request != null) {
            account.ifPresent(a -> request.setAttribute(CURRENT, a, RequestAttributes.SCOPE_REQUEST));
        }
        return account;
    }

    /** After a change to an account, the next {@link #current()} of this request reads it again. */
    private static void forgetCurrent() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(CURRENT, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Records the signed-in user's interface language. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeLanguage(Language language) {
        forgetCurrent();
        currentUser.email().flatMap(email -> users.findByEmail(User.normaliseEmail(email)))
                .ifPresent(user -> user.changeLanguage(language));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> search(String text, Pageable page) {
        String needle = needle(text);
        Pageable byName = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("fullName", "id"));
        return users.search(needle, "%" + needle + "%", byName).map(User::toAccount).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        String needle = needle(text);
        return users.countSearch(needle, "%" + needle + "%");
    }

    /**
     * Sets a user's roles and whether the account is active, together or not at all. An administrator
     * can neither take the ADMIN role away from themselves nor deactivate their own account. A deactivated
     * user, or one who lost a role, is signed out of every session at once.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount updateAccess(long userId, Set<Role> roles, boolean active) {
        forgetCurrent();
        User user = users.findById(userId).orElseThrow(() -> new InvalidInputException("user", "error.userNotFound"));
        List<FieldError> errors = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "validation.roles.required"));
        } else if (isSelf(user) && !roles.contains(Role.ADMIN)) {
            errors.add(new FieldError("roles", "validation.roles.keepOwnAdmin"));
        }
        if (isSelf(user) && !active) {
            errors.add(new FieldError("active", "validation.active.notSelf"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<Role> previousRoles = user.getRoles();
        boolean wasActive = user.isActive();
        boolean roleRemoved = !roles.containsAll(previousRoles);
        user.changeRoles(roles);
        if (active) {
            user.activate();
        } else {
            user.deactivate();
        }
        if (!active || roleRemoved) {
            events.publishEvent(new SessionsRevoked(user.getEmail(), null));
        }
        log.info("Access of user {} set to roles {}, active {} by {}", userId, roles, active,
                currentUser.email().orElse("?"));
        events.publishEvent(new AccessChanged(userId, previousRoles, wasActive, Set.copyOf(roles), active));
        return user.toAccount();
    }

    private boolean isSelf(User user) {
        return currentUser.email().map(User::normaliseEmail).filter(user.getEmail()::equals).isPresent();
    }

    private static String needle(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
    }
}
