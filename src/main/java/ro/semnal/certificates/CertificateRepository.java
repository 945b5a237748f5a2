package ro.semnal.certificates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CertificateRepository extends JpaRepository<Certificate, Long>, JpaSpecificationExecutor<Certificate> {

    Optional<Certificate> findByCode(String code);

    List<Certificate> findByUserIdOrderByIssuedAtDesc(long userId);

    @Query("select coalesce(max(c.issueNumber), 0) from Certificate c where c.userId = :user and c.courseSlug = :course")
    int lastIssueNumber(@Param("user") long userId, @Param("course") String courseSlug);

    Optional<Certificate> findFirstByUserIdAndCourseSlugOrderByIssueNumberDesc(long userId, String courseSlug);

    @Query("select c from Certificate c where c.status = ro.semnal.certificates.CertificateStatus.VALID "
            + "and c.expiresOn < :today")
    List<Certificate> findValidExpiredBefore(@Param("today") LocalDate today, Pageable page);

    @Query("select c from Certificate c where c.status = ro.semnal.certificates.CertificateStatus.VALID "
            + "and c.expiresOn between :from and :to")
    List<Certificate> findValidExpiringBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
