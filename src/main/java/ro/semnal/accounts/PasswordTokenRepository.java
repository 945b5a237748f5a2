package ro.semnal.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenHash(String tokenHash);

    List<PasswordToken> findByUserIdAndPurposeAndUsedAtIsNull(long userId, String purpose);

    /** Uses a token up in one statement, so two parallel redemptions cannot both succeed. */
    @Modifying(flushAutomatically = true)
    @Query("update PasswordToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int markUsed(@Param("id") long id, @Param("now") Instant now);
}
