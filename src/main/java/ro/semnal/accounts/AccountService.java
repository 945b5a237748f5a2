package ro.semnal.accounts;

import java.time.Clock;
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
import org.springframework.transaction.annotation.Transactional;

import ro.semnal.base.i18n.Language;
import ro.semnal.base.validation.FieldError;
import ro.semnal.base.validation.InvalidInputException;

/** Accounts: registration, look-up, and what administrators change on them. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final PasswordTokenRepository tokens;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            PasswordTokenRepository tokens, Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates a learner on someone's behalf (a trainer's import) with an unusable random password, and a
     * single-use link token, valid for 14 days, to set their own. For other features' services, not views.
     */
    @Transactional
    public InvitedAccount invite(String fullName, String email, Profession profession, String institution, County county,
            Language language) {
        String password = Tokens.random(24);
        UserAccount account = create(new Registration(fullName, email, password, password, profession, institution,
                county, language), java.util.EnumSet.of(Role.LEARNER));
        String token = Tokens.random(32);
        tokens.save(new PasswordToken(account.id(), Tokens.sha256(token), "SET_PASSWORD",
                clock.instant().plus(java.time.Duration.ofDays(14))));
        return new InvitedAccount(account, token);
    }

    /** Sets a password through a link token; the token then stops working. */
    @Transactional
    public UserAccount setPassword(String token, String password, String confirmation) {
        PasswordToken found = tokens.findByTokenHash(Tokens.sha256(token == null ? "" : token))
                .filter(t -> t.usableAt(clock.instant()))
                .orElseThrow(() -> new InvalidInputException("token", "validation.token.invalid"));
        User user = users.findById(found.userId()).orElseThrow();
        RegistrationValidator.password(password, user.getEmail())
                .ifPresent(key -> { throw new InvalidInputException("password", key); });
        if (!password.equals(confirmation)) {
            throw new InvalidInputException("passwordConfirmation", "validation.password.mismatch");
        }
        user.changePasswordHash(passwordEncoder.encode(password));
        found.use(clock.instant());
        return user.toAccount();
    }

    /** Registers a learner. Every problem with the input is reported at once. */
    @Transactional
    public UserAccount register(Registration registration) {
        return create(registration, EnumSet.of(Role.LEARNER));
    }

    /**
     * Creates an account with the given roles, for start-up provisioning and trusted imports;
     * views call {@link #register} instead.
     */
    @Transactional
    public UserAccount create(Registration registration, Set<Role> roles) {
        List<FieldError> errors = new ArrayList<>(RegistrationValidator.validate(registration));
        String email = User.normaliseEmail(registration.email());
        if (errors.stream().noneMatch(e -> e.field().equals("email")) && users.existsByEmail(email)) {
            errors.add(new FieldError("email", "validation.email.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Language language = registration.language() == null ? Language.RO : registration.language();
        User user = new User(email, registration.fullName(), passwordEncoder.encode(registration.password()),
                registration.profession(), registration.institution(), registration.county(), language, roles,
                clock.instant());
        try {
            return users.saveAndFlush(user).toAccount();
        } catch (DataIntegrityViolationException raceOnSameEmail) {
            throw new InvalidInputException("email", "validation.email.taken");
        }
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

    /** The signed-in user's account, if someone is signed in and the account still exists. */
    public Optional<UserAccount> current() {
        return currentUser.email().flatMap(this::findByEmail);
    }

    /** Records the signed-in user's interface language. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeLanguage(Language language) {
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
     * can neither take the ADMIN role away from themselves nor deactivate their own account.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount updateAccess(long userId, Set<Role> roles, boolean active) {
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
        user.changeRoles(roles);
        if (active) {
            user.activate();
        } else {
            user.deactivate();
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
