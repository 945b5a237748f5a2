package ro.semnal.certificates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;

/** The coordinator's filters as a query. Status is the stored one, with "expired" also matching past expiry. */
final class CertificateSpecifications {

    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    private CertificateSpecifications() {
    }

    static Specification<Certificate> of(CertificateFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.courseSlug() != null) {
                where.add(cb.equal(root.get("courseSlug"), filter.courseSlug()));
            }
            if (filter.profession() != null) {
                where.add(cb.equal(root.get("profession"), filter.profession()));
            }
            if (filter.county() != null) {
                where.add(cb.equal(root.get("county"), filter.county()));
            }
            if (filter.status() == CertificateStatus.EXPIRED) {
                where.add(cb.or(cb.equal(root.get("status"), CertificateStatus.EXPIRED),
                        cb.and(cb.equal(root.get("status"), CertificateStatus.VALID), cb.lessThan(root.get("expiresOn"), today))));
            } else if (filter.status() == CertificateStatus.VALID) {
                where.add(cb.equal(root.get("status"), CertificateStatus.VALID));
                where.add(cb.or(cb.isNull(root.get("expiresOn")), cb.greaterThanOrEqualTo(root.get("expiresOn"), today)));
            } else if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.issuedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("issuedAt"), filter.issuedFrom().atStartOfDay(BUCHAREST).toInstant()));
            }
            if (filter.issuedTo() != null) {
                where.add(cb.lessThan(root.get("issuedAt"), filter.issuedTo().plusDays(1).atStartOfDay(BUCHAREST).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
