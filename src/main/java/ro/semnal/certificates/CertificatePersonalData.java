package ro.semnal.certificates;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ro.semnal.base.privacy.Erasure;
import ro.semnal.base.privacy.PersonalDataHolder;
import ro.semnal.base.privacy.Rows;

/**
 * Certificates held, and certificate actions taken by the person (as a coordinator). On erasure the
 * certificates lose the holder's name and are revoked with the reason "holder's data erased", unless
 * {@code semnal.privacy.keep-certificates-on-erasure} keeps them verifiable as issued.
 */
@Component
class CertificatePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    CertificatePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Class<?>> covers() {
        return Set.of(Certificate.class, CertificateEvent.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of(
                "certificates", Rows.of(jdbc, "select code, course_slug, issue_number, status, holder_name, profession, "
                        + "county, institution, language, course_title_ro, course_title_en, hours, completed_on, "
                        + "expires_on, issued_at, revoked_at, revoke_reason, superseded_by from certificate "
                        + "where user_id = ? order by id", userId),
                "certificate-history", Rows.of(jdbc, "select c.code, e.kind, e.actor, e.happened_at, e.reason "
                        + "from certificate_event e join certificate c on c.id = e.certificate_id "
                        + "where c.user_id = ? order by e.id", userId));
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("update certificate_event set actor = ? where actor = ?")
                .params(erasure.pseudonymEmail(), erasure.formerEmail()).update();
        if (erasure.keepCertificates()) {
            return;
        }
        LocalDateTime at = Rows.utc(erasure.at());
        jdbc.sql("""
                update certificate set holder_name = ?, institution = '', status = 'REVOKED',
                revoked_at = coalesce(revoked_at, ?), revoke_reason = ?, version = version + 1 where user_id = ?
                """).params(erasure.pseudonymName(), at, Erasure.REVOKE_REASON, erasure.userId()).update();
        jdbc.sql("""
                insert into certificate_event (certificate_id, kind, actor, happened_at, reason)
                select id, 'REVOKED', 'erasure', ?, ? from certificate where user_id = ?
                """).params(at, Erasure.REVOKE_REASON, erasure.userId()).update();
    }
}
