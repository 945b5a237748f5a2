package ro.semnal.certificates;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An audit entry: who issued, revoked or re-issued a certificate, when and why. Never changed. */
@Entity
@Table(name = "certificate_event")
class CertificateEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(length = 500)
    private String reason;

    protected CertificateEvent() {
    }

    CertificateEvent(long certificateId, String kind, String actor, Instant happenedAt, String reason) {
        this.certificateId = certificateId;
        this.kind = kind;
        this.actor = actor;
        this.happenedAt = happenedAt;
        this.reason = reason;
    }

    String kind() {
        return kind;
    }

    String actor() {
        return actor;
    }

    String reason() {
        return reason;
    }
}
