package ro.semnal.privacy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** When an account last signed in: one row per account, moved forward at each sign-in. */
@Entity
@Table(name = "sign_in_activity")
class SignInActivity {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    protected SignInActivity() {
    }

    SignInActivity(long userId, Instant at) {
        this.userId = userId;
        this.lastSignInAt = at;
    }

    void signedIn(Instant at) {
        if (at.isAfter(lastSignInAt)) {
            lastSignInAt = at;
        }
    }
}
