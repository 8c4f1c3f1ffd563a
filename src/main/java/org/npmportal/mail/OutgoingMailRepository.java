package org.npmportal.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long>, JpaSpecificationExecutor<OutgoingMail> {

    @Query("""
            select m.id from OutgoingMail m
            where m.status = org.npmportal.mail.MailStatus.PENDING and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id
            """)
    List<Long> findDue(@Param("now") Instant now, Pageable limit);

    /**
     * Claims one mail for this dispatcher; 1 when it got it, 0 when another one was faster.
     *
     * <p>This and {@link #recordSent} are SQL rather than JPQL: they run once per mail, and Hibernate translates
     * a JPQL update anew at every execution (it keeps no plan for updates), which cost more than the statement.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = """
            update mail_outbox set status = 'SENDING', claimed_at = :now
            where id = :id and status = 'PENDING'
            """)
    int claim(@Param("id") long id, @Param("now") Instant now);

    /**
     * Records that the SMTP server accepted a mail: one statement, without reading the mail (its body and
     * attachments) back, because the dispatcher does this once per mail, each in a commit of its own.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = """
            update mail_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null
            where id = :id
            """)
    int recordSent(@Param("id") long id, @Param("now") Instant now);

    /** Mails left in SENDING by a dispatcher that died before it could record the outcome. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutgoingMail m set m.status = org.npmportal.mail.MailStatus.PENDING, m.nextAttemptAt = :now
            where m.status = org.npmportal.mail.MailStatus.SENDING and m.claimedAt < :claimedBefore
            """)
    int releaseStale(@Param("claimedBefore") Instant claimedBefore, @Param("now") Instant now);

    long countByStatus(MailStatus status);
}
