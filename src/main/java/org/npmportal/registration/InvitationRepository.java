package org.npmportal.registration;

import java.time.Instant;
import java.util.Optional;
import org.npmportal.base.LinkTokens;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findBySeminarIdAndEmail(long seminarId, String email);

    long countBySeminarId(long seminarId);

    /** The invitation behind a link, if it is for this seminar and still valid. */
    default Optional<Invitation> findValid(long seminarId, String token, Instant now) {
        if (!LinkTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return findByTokenHash(LinkTokens.hash(token))
                .filter(invitation -> invitation.getSeminarId() == seminarId && invitation.getExpiresAt().isAfter(now));
    }
}
