package org.npmportal.privacy;

import static org.npmportal.privacy.PersonalRecords.orNone;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.npmportal.base.LinkTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces what identifies a person and keeps every row that a figure is counted from: registrations keep
 * their seminar, status, attendance and certificate number; applications keep their code, region, scores
 * and decision; roster members keep their region, role, status history and visits. Names become
 * {@link #NAME}, addresses a unique address under the reserved {@code .invalid} domain (so that unique keys
 * hold and nothing can be mailed), free text about the person is emptied, CV files and link tokens are
 * deleted. Rows with a version are bumped, so that a form opened before cannot write the old name back.
 * Every method joins the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Anonymiser {

    /** What replaces names and texts. Stored data, not a user-visible label, so it has one spelling. */
    static final String NAME = "[anonymised]";
    /** Every address the anonymiser writes ends with this; an address ending so is anonymised already. */
    static final String DOMAIN = "@anonymised.invalid";

    private record Column(String table, String name) {
    }

    /** Texts in other people's rows and in the log that may mention a person by name, address or phone. */
    private static final List<Column> FREE_TEXT = List.of(new Column("audit_event", "details"),
            new Column("mail_outbox", "subject"), new Column("mail_outbox", "body"),
            new Column("monitoring_visit", "notes"), new Column("selection_override", "reason"),
            new Column("selection_declaration", "reason"), new Column("selection_score", "comment"),
            new Column("selection_score_change", "old_comment"), new Column("selection_score_change", "new_comment"),
            new Column("roster_member_change", "reason"), new Column("roster_member", "status_reason"),
            new Column("registration", "decision_message"), new Column("registration", "needs"),
            new Column("expenditure", "description"));

    /** Columns that hold a staff member's login name as the one who did something. */
    private static final List<Column> ACTOR_COLUMNS = List.of(new Column("audit_event", "actor"),
            new Column("selection_score_change", "changed_by"), new Column("selection_override", "decided_by"),
            new Column("roster_member_change", "recorded_by"), new Column("attendance", "marked_by"),
            new Column("invitation", "created_by"), new Column("expenditure", "created_by"));

    /** Shorter texts are not searched for in other rows: they would match ordinary words. */
    private static final int SHORTEST_TRACE = 4;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PasswordEncoder passwords;

    Anonymiser(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.passwords = passwords;
    }

    void person(Footprint person) {
        registrations(person.registrations());
        invitations(person.invitations());
        candidates(person.candidates());
        members(person.members());
        mails(person.mails());
        if (person.userId() != null) {
            staffAccount(person.userId(), person.username());
        }
        scrub(person.traces());
    }

    void registrations(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        update("""
                update registration set version = version + 1, email = concat('r', id, :domain), full_name = :name,
                       organisation = null, job_position = null, needs = null, decision_message = null
                 where id in (:ids)""", ids);
        update("delete from registration_token where registration_id in (:ids)", ids);
    }

    /** Invitations get a fresh random token hash nobody holds the token of, so the old link stops working. */
    void invitations(List<Long> ids) {
        for (long id : ids) {
            jdbc.update("update invitation set email = concat('i', id, ?), full_name = ?, token_hash = ? where id = ?",
                    DOMAIN, NAME, LinkTokens.hash(LinkTokens.newToken()), id);
        }
    }

    void candidates(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        update("""
                update selection_candidate set version = version + 1, email = concat('c', id, :domain),
                       full_name = :name, phone = null, organisation = null, languages = null, experience = null,
                       motivation = null, confirm_token_hash = null
                 where id in (:ids)""", ids);
        update("delete from selection_cv where candidate_id in (:ids)", ids);
        update("update selection_declaration set reason = null where candidate_id in (:ids)", ids);
        update("update selection_score set comment = null where candidate_id in (:ids)", ids);
        update("update selection_score_change set old_comment = null, new_comment = null where candidate_id in (:ids)",
                ids);
        update("update selection_override set reason = :name where candidate_id in (:ids)", ids);
    }

    void members(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        update("""
                update roster_member set version = version + 1, email = concat('m', id, :domain), full_name = :name,
                       phone = null, organisation = null, status_reason = null, share_contacts = false
                 where id in (:ids)""", ids);
        update("update roster_member_change set reason = null where member_id in (:ids)", ids);
    }

    /** Mail not yet sent is deleted; mail sent keeps its row (when, why) without address, text or files. */
    void mails(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        update("delete from mail_outbox where id in (:ids) and status in ('PENDING', 'FAILED')", ids);
        update("delete from mail_attachment where mail_id in (:ids)", ids);
        update("""
                update mail_outbox set version = version + 1, recipient = concat('x', id, :domain), subject = :name,
                       body = :name, last_error = null
                 where id in (:ids)""", ids);
    }

    /**
     * The account cannot be deleted (commission memberships refer to it), so it is disabled, gets a new login
     * name and an unusable password, and its old login name is replaced wherever it was recorded as the actor.
     */
    void staffAccount(long userId, String username) {
        String renamed = "anonymised-" + userId;
        jdbc.update("""
                update app_user set version = version + 1, username = ?, email = concat('u', id, ?), full_name = ?,
                       enabled = false, password_hash = ?
                 where id = ?""", renamed, DOMAIN, NAME, passwords.encode(LinkTokens.newToken()), userId);
        for (var column : ACTOR_COLUMNS) {
            jdbc.update("update " + column.table() + " set " + column.name() + " = ? where " + column.name() + " = ?",
                    renamed, username);
        }
    }

    /** Replaces each trace (name, address, phone) wherever another row's free text mentions it. */
    void scrub(Collection<String> traces) {
        for (String trace : traces) {
            if (trace == null || trace.strip().length() < SHORTEST_TRACE) {
                continue;
            }
            for (var column : FREE_TEXT) {
                jdbc.update("update " + column.table() + " set " + column.name() + " = replace(" + column.name()
                        + ", ?, ?) where locate(?, " + column.name() + ") > 0", trace, NAME, trace);
            }
        }
    }

    private void update(String sql, List<Long> ids) {
        named.update(sql, new MapSqlParameterSource(Map.of("ids", orNone(ids), "name", NAME, "domain", DOMAIN)));
    }
}
