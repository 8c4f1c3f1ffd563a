package org.npmportal.registration;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.npmportal.base.LinkTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and resolves the tokens in participants' links. A new token is issued for every mail (only
 * hashes are stored, so an earlier link cannot be sent again), and tokens are never logged.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Links {

    private final RegistrationTokenRepository tokens;
    private final RegistrationSettings settings;
    private final EntityManager entityManager;

    Links(RegistrationTokenRepository tokens, RegistrationSettings settings, EntityManager entityManager) {
        this.tokens = tokens;
        this.settings = settings;
        this.entityManager = entityManager;
    }

    /**
     * A new link's token. Its row is written at once (the id comes from the database) and leaves the persistence
     * context: it changes only through the statements below, and every later flush of the transaction would
     * otherwise check it for changes.
     */
    String issue(Registration registration, TokenPurpose purpose, Instant expiresAt, Instant now) {
        String token = LinkTokens.newToken();
        var saved = tokens.save(new RegistrationToken(registration.getId(), purpose, LinkTokens.hash(token), now,
                expiresAt));
        entityManager.detach(saved);
        return token;
    }

    /** A management link, valid until some time after the seminar ends (for the certificate). */
    String manage(Registration registration, Instant now) {
        Instant end = registration.getSeminar().getEndsAtUtc();
        Instant expires = (end == null || end.isBefore(now) ? now : end).plus(settings.linkLifetime());
        return issue(registration, TokenPurpose.MANAGE, expires, now);
    }

    /** The stored token for a link, whatever its state; empty for anything we never issued. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Optional<RegistrationToken> find(String token) {
        return storedHash(token).flatMap(tokens::findByTokenHash);
    }

    /**
     * The stored token for a link with the seminar of its registration, in one query (a link is followed by
     * many people at once when a seminar opens); empty for anything we never issued.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Optional<LinkTarget> findTarget(String token) {
        return storedHash(token).flatMap(tokens::findTarget);
    }

    /** The hash under which a link's token would be stored; empty for text that is no token of ours at all. */
    private static Optional<String> storedHash(String token) {
        return LinkTokens.isWellFormed(token) ? Optional.of(LinkTokens.hash(token)) : Optional.empty();
    }

    /** Uses a single-use token; true for the one call that used it while it was valid. */
    boolean use(String token, TokenPurpose purpose, Instant now) {
        return tokens.use(LinkTokens.hash(token), purpose.name(), now) == 1;
    }

    void expireAll(Registration registration, TokenPurpose purpose, Instant now) {
        tokens.expireAll(registration.getId(), purpose, now);
    }

    Duration confirmationTime() {
        return settings.confirmationTime();
    }
}
