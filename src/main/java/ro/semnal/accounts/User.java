package ro.semnal.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import ro.semnal.base.AbstractEntity;
import ro.semnal.base.i18n.Language;

/** A person with an account. The e-mail is kept lower-cased, which makes it unique regardless of case. */
@Entity
@Table(name = "users")
class User extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Profession profession;

    @Column(nullable = false, length = 200)
    private String institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private County county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected User() {
    }

    User(String email, String fullName, String passwordHash, Profession profession, String institution,
            County county, Language language, Set<Role> roles, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.fullName = fullName.strip();
        this.passwordHash = passwordHash;
        this.profession = profession;
        this.institution = institution.strip();
        this.county = county;
        this.language = language;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("A user keeps at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** A self-registered or invited account must confirm its address before it can sign in. */
    void requireVerification() {
        emailVerified = false;
    }

    void verifyEmail() {
        emailVerified = true;
    }

    /** The new address has been confirmed through a link sent to it. */
    void changeEmail(String newEmail) {
        email = normaliseEmail(newEmail);
        emailVerified = true;
    }

    void deactivate() {
        active = false;
    }

    void activate() {
        active = true;
    }

    void changeLanguage(Language newLanguage) {
        language = newLanguage;
    }

    void changePasswordHash(String newHash) {
        passwordHash = newHash;
    }

    UserAccount toAccount() {
        return new UserAccount(getId(), email, fullName, profession, institution, county, language, Set.copyOf(roles),
                active, createdAt);
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEmailVerified() {
        return emailVerified;
    }

    String getFullName() {
        return fullName;
    }

    boolean isActive() {
        return active;
    }

    Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    Language getLanguage() {
        return language;
    }
}
