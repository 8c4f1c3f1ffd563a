package org.npmportal.registration;

import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface RegistrationTokenRepository extends JpaRepository<RegistrationToken, Long> {

    Optional<RegistrationToken> findByTokenHash(String tokenHash);

    @Query("""
            select new org.npmportal.registration.LinkTarget(t, r.seminar.id)
            from RegistrationToken t join Registration r on r.id = t.registrationId
            where t.tokenHash = :hash
            """)
    Optional<LinkTarget> findTarget(@Param("hash") String hash);

    /**
     * Marks a single-use token as used if it is still unused and valid; 1 when this call used it. Two
     * clicks at once both run this, and the row lock lets exactly one of them see 1.
     *
     * <p>Without Hibernate's automatic flush: tokens change only through statements (a new token leaves the
     * persistence context once written, {@link Links#issue}), so no pending change can touch this table, and the
     * flush would dirty-check every entity of the transaction for nothing. SQL rather than JPQL for the same
     * reason: Hibernate translates a JPQL update anew at every execution.
     */
    @Modifying
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query(nativeQuery = true, value = """
            update registration_token set used_at = :now
            where id = :id and used_at is null and expires_at > :now
            """)
    int use(@Param("id") long id, @Param("now") Instant now);

    /** Ends the links of one purpose (such as an older claim link when a new offer is made). */
    @Modifying(flushAutomatically = true)
    @Query("""
            update RegistrationToken t set t.expiresAt = :now
            where t.registrationId = :registrationId and t.purpose = :purpose and t.expiresAt > :now
            """)
    int expireAll(@Param("registrationId") long registrationId, @Param("purpose") TokenPurpose purpose,
            @Param("now") Instant now);

    /** Forgets links that expired before {@code before}; they can no longer open anything. */
    @Modifying
    @Query("delete from RegistrationToken t where t.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
