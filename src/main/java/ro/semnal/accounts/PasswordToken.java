package ro.semnal.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use, expiring link sent by e-mail: to set a password (invitation or reset), to verify an address,
 * or to confirm a new one. Only the SHA-256 of the token is stored.
 */
@Entity
@Table(name = "password_token")
class PasswordToken {

    static final String SET_PASSWORD = "SET_PASSWORD";
    static final String RESET_PASSWORD = "RESET_PASSWORD";
    static final String VERIFY_EMAIL = "VERIFY_EMAIL";
    static final String CHANGE_EMAIL = "CHANGE_EMAIL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(nullable = false, length = 20)
    private String purpose;

    @Column(name = "new_email", length = 254)
    private String newEmail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordToken() {
    }

    PasswordToken(long userId, String tokenHash, String purpose, Instant createdAt, Instant expiresAt,
            String newEmail) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.newEmail = newEmail;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the token up; a second use is refused. */
    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("Token already used");
        }
        usedAt = now;
    }

    long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String purpose() {
        return purpose;
    }

    String newEmail() {
        return newEmail;
    }

    Instant createdAt() {
        return createdAt;
    }
}
