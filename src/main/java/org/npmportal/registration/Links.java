package org.npmportal.registration;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.npmportal.base.KeptUntilCommit;
import org.npmportal.base.LinkTokens;
import org.npmportal.base.StoredTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and resolves the tokens in participants' links. A new token is issued for every mail (only
 * hashes are stored, so an earlier link cannot be sent again), and tokens are never logged.
 *
 * <p>Each new token and each use is written at once, unless the transaction asked for {@link #writeAtCommit()}:
 * then they are kept and written together just before it commits.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Links {

    private static final String INSERT = """
            insert into registration_token (registration_id, purpose, token_hash, created_at, expires_at)
            values (?, ?, ?, ?, ?)""";
    private static final String USE = """
            update registration_token set used_at = :now
            where id in (:ids) and used_at is null and expires_at > :now""";

    private final RegistrationTokenRepository tokens;
    private final RegistrationSettings settings;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    Links(RegistrationTokenRepository tokens, RegistrationSettings settings, EntityManager entityManager,
            JdbcTemplate jdbc) {
        this.tokens = tokens;
        this.settings = settings;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * A new link's token. Its row is written at once (the id comes from the database), or at the commit
     * ({@link #writeAtCommit()}), and is not kept in the persistence context: it changes only through the
     * statements below, and every later flush of the transaction would otherwise check it for changes.
     */
    String issue(Registration registration, TokenPurpose purpose, Instant expiresAt, Instant now) {
        String token = LinkTokens.newToken();
        var row = new RegistrationToken(registration.getId(), purpose, LinkTokens.hash(token), now, expiresAt);
        if (kept() instanceof AtCommit kept) {
            kept.issued.add(row);
        } else {
            entityManager.detach(tokens.save(row));
        }
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
        writeKept();
        return storedHash(token).flatMap(tokens::findByTokenHash);
    }

    /**
     * The stored token for a link with the seminar of its registration, in one query (a link is followed by
     * many people at once when a seminar opens); empty for anything we never issued.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Optional<LinkTarget> findTarget(String token) {
        writeKept();
        return storedHash(token).flatMap(tokens::findTarget);
    }

    /** The hash under which a link's token would be stored; empty for text that is no token of ours at all. */
    private static Optional<String> storedHash(String token) {
        return LinkTokens.isWellFormed(token) ? Optional.of(LinkTokens.hash(token)) : Optional.empty();
    }

    /**
     * Uses a single-use token ({@code stored}, as {@link #findTarget} found it); true for the one call that used it
     * while it was valid. Callers hold the lock of the token's seminar, which every use of it takes.
     *
     * <p>In a transaction that writes at its commit, the token's row as the transaction reads it after that lock
     * decides, and the use is written with the others at the commit, where the database checks each again:
     * if any was used or ended meanwhile by a writer that did not take the lock, the commit fails as a whole.
     */
    boolean use(RegistrationToken stored, Instant now) {
        if (!(kept() instanceof AtCommit kept)) {
            return tokens.use(stored.id(), now) == 1;
        }
        var current = entityManager.find(RegistrationToken.class, stored.id());
        if (current == null || current.usedAt() != null || !current.expiresAt().isAfter(now)
                || !kept.used.add(current.id())) {
            return false;
        }
        kept.unwritten.add(current.id());
        kept.lastUse = kept.lastUse == null || now.isAfter(kept.lastUse) ? now : kept.lastUse;
        return true;
    }

    void expireAll(Registration registration, TokenPurpose purpose, Instant now) {
        writeKept();
        tokens.expireAll(registration.getId(), purpose, now);
    }

    Duration confirmationTime() {
        return settings.confirmationTime();
    }

    /**
     * Keeps the tokens the current transaction issues and uses from now on, and writes them just before it commits
     * (none if it rolls back): the new tokens in one JDBC batch and the uses in one statement, instead of a round
     * trip each. For a seat batch, which issues a management link and uses a confirmation link for each of up to
     * {@value SeatQueue#MAX_BATCH} people while everyone behind them in the queue waits: one at a time they were two
     * thirds of its actions' time on MariaDB. Anything that reads or changes tokens in the transaction writes what
     * is kept first.
     */
    void writeAtCommit() {
        KeptUntilCommit.keep(AtCommit.class, AtCommit::new, this::write);
    }

    private static AtCommit kept() {
        return KeptUntilCommit.kept(AtCommit.class);
    }

    private void writeKept() {
        if (kept() instanceof AtCommit kept) {
            write(kept);
        }
    }

    private void write(AtCommit kept) {
        if (!kept.issued.isEmpty()) {
            jdbc.batchUpdate(INSERT, kept.issued, kept.issued.size(), (statement, token) -> {
                statement.setLong(1, token.registrationId());
                statement.setString(2, token.purpose().name());
                statement.setString(3, token.tokenHash());
                // Microseconds, as the columns keep them (DATETIME(6)).
                statement.setObject(4, StoredTime.of(token.createdAt().truncatedTo(ChronoUnit.MICROS)));
                statement.setObject(5, StoredTime.of(token.expiresAt().truncatedTo(ChronoUnit.MICROS)));
            });
            kept.issued.clear();
        }
        if (!kept.unwritten.isEmpty()) {
            // One statement for all: each use is stored at the last instant any of them was decided (a batch's
            // actions read the clock in turn, milliseconds apart), and the database checks that each link was still
            // valid then; one that ran out in those milliseconds fails the commit like one used meanwhile.
            int used = named.update(USE, Map.of("now", StoredTime.of(kept.lastUse.truncatedTo(ChronoUnit.MICROS)),
                    "ids", List.copyOf(kept.unwritten)));
            if (used != kept.unwritten.size()) {
                throw new LinkUsedMeanwhileException(kept.unwritten.size() - used);
            }
            kept.unwritten.clear();
        }
    }

    /** What a transaction that writes at its commit has not written yet, and which tokens it has used. */
    private static final class AtCommit {
        final List<RegistrationToken> issued = new ArrayList<>();
        /** Every token used in the transaction, written or not: a second use in it finds the first. */
        final Set<Long> used = new HashSet<>();
        final List<Long> unwritten = new ArrayList<>();
        Instant lastUse;
    }

    /**
     * Tokens a transaction used were used or ended by another transaction after this one read them, as its commit
     * found: it must not commit. A seat batch then runs each action again in a transaction of its own.
     */
    static final class LinkUsedMeanwhileException extends IllegalStateException {

        LinkUsedMeanwhileException(int tokens) {
            super(tokens + " link token(s) were used or ended by another transaction before this one committed");
        }
    }
}
