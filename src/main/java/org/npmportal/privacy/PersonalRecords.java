package org.npmportal.privacy;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds and reads everything stored under one e-mail address, across the features' tables. It reads the
 * tables directly because a person's data cuts across every feature, and the export must show the rows as
 * they are stored, not as one feature's screen presents them. Link tokens and password hashes are left out:
 * they are secrets, not information about the person.
 */
@Component
class PersonalRecords {

    /** Stands in for an empty id list, so that {@code in (:ids)} stays valid SQL. */
    private static final List<Long> NONE = List.of(-1L);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    PersonalRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? NONE : ids;
    }

    Footprint find(String email) {
        Set<String> traces = new LinkedHashSet<>();
        List<Long> registrations = idsAndNames("select id, full_name from registration where email = ?", email, traces);
        List<Long> invitations = idsAndNames("select id, full_name from invitation where email = ?", email, traces);
        List<Long> candidates = idsAndNames("select id, full_name from selection_candidate where email = ?", email,
                traces);
        List<Long> members = idsAndNames("select id, full_name from roster_member where email = ?", email, traces);
        traces.addAll(jdbc.queryForList("select phone from selection_candidate where email = ? and phone is not null "
                + "union select phone from roster_member where email = ? and phone is not null", String.class,
                email, email));
        List<Long> mails = jdbc.queryForList("select id from mail_outbox where recipient = ? order by id", Long.class,
                email);
        var users = jdbc.queryForList("select id, username, full_name from app_user where email = ?", email);
        Long userId = null;
        String username = null;
        if (!users.isEmpty()) {
            userId = ((Number) users.getFirst().get("id")).longValue();
            username = (String) users.getFirst().get("username");
            traces.add((String) users.getFirst().get("full_name"));
        }
        traces.add(email);
        return new Footprint(email, registrations, invitations, candidates, members, mails, userId, username,
                Set.copyOf(traces));
    }

    private List<Long> idsAndNames(String sql, String email, Set<String> names) {
        List<Long> ids = new ArrayList<>();
        jdbc.query(sql, rs -> {
            ids.add(rs.getLong(1));
            names.add(rs.getString(2));
        }, email);
        return ids;
    }

    /** Audit entries about the person's rows, by them (as a staff member), or mentioning their address. */
    List<Map<String, Object>> auditEntries(Footprint person) {
        var params = new MapSqlParameterSource()
                .addValue("registrations", orNone(person.registrations()))
                .addValue("invitations", orNone(person.invitations()))
                .addValue("candidates", orNone(person.candidates()))
                .addValue("members", orNone(person.members()))
                .addValue("mails", orNone(person.mails()))
                .addValue("user", person.userId() == null ? -1L : person.userId())
                .addValue("username", person.username() == null ? "" : person.username())
                .addValue("email", person.email());
        return plain(named.queryForList("""
                select id, occurred_at, actor, action, entity_type, entity_id, details from audit_event
                 where (entity_type = 'registration' and entity_id in (:registrations))
                    or (entity_type = 'invitation' and entity_id in (:invitations))
                    or (entity_type = 'selection_candidate' and entity_id in (:candidates))
                    or (entity_type = 'roster_member' and entity_id in (:members))
                    or (entity_type = 'mail' and entity_id in (:mails))
                    or (entity_type = 'user' and entity_id = :user)
                    or actor = :username
                    or locate(:email, details) > 0
                 order by id""", params));
    }

    /** The whole export, as nested maps and lists ready to be written as JSON. */
    Map<String, Object> export(Footprint person) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("email", person.email());
        all.put("staffAccount", staffAccount(person));
        all.put("registrations", registrations(person.registrations()));
        all.put("invitations", rows("""
                select i.id, i.seminar_id, s.title as seminar_title, i.email, i.full_name, i.language, i.created_at,
                       i.created_by, i.expires_at
                  from invitation i join seminar s on s.id = i.seminar_id where i.id in (:ids) order by i.id""",
                person.invitations()));
        all.put("applications", applications(person.candidates()));
        all.put("rosterMemberships", memberships(person.members()));
        all.put("mails", mails(person.mails()));
        all.put("auditEntries", auditEntries(person));
        return all;
    }

    private Map<String, Object> staffAccount(Footprint person) {
        if (person.userId() == null) {
            return null;
        }
        var account = plain(jdbc.queryForMap("select id, username, email, full_name, enabled, preferred_language, "
                + "created_at, password_changed_at from app_user where id = ?", person.userId()));
        account.put("roles", jdbc.queryForList("select role from app_user_role where user_id = ? order by role",
                String.class, person.userId()));
        return account;
    }

    private List<Map<String, Object>> registrations(List<Long> ids) {
        var registrations = rows("""
                select r.id, r.seminar_id, s.title as seminar_title, s.starts_at_utc as seminar_starts_at,
                       s.ends_at_utc as seminar_ends_at, r.email, r.full_name, r.organisation, r.job_position,
                       r.region_id, r.language, r.needs, r.consent_processing, r.consent_listing, r.status,
                       r.waitlist_number, r.created_at, r.updated_at, r.confirm_by, r.email_confirmed_at, r.seated_at,
                       r.offer_expires_at, r.ended_at, r.ended_by, r.decision_message, r.invitation_id,
                       r.certificate_number, r.certificate_issued_at
                  from registration r join seminar s on s.id = r.seminar_id where r.id in (:ids) order by r.id""",
                ids);
        for (var registration : registrations) {
            Object id = registration.get("id");
            registration.put("attendance", plain(jdbc.queryForList(
                    "select attended_on, marked_at from attendance where registration_id = ? order by attended_on",
                    id)));
            registration.put("links", plain(jdbc.queryForList("select purpose, created_at, expires_at, used_at "
                    + "from registration_token where registration_id = ? order by id", id)));
        }
        return registrations;
    }

    /**
     * Applications with the scores, declarations and decision about them. Which commission member gave which
     * score is left out: that is the member's data, and blind rounds promise it.
     */
    private List<Map<String, Object>> applications(List<Long> ids) {
        var applications = rows("""
                select c.id, c.round_id, r.title as round_title, c.code, c.full_name, c.email, c.phone, c.organisation,
                       c.region_id, c.languages, c.experience, c.motivation, c.language, c.share_contacts, c.source,
                       c.status, c.created_at, c.confirmed_at
                  from selection_candidate c join selection_round r on r.id = c.round_id
                 where c.id in (:ids) order by c.id""", ids);
        for (var application : applications) {
            Object id = application.get("id");
            var cv = plain(jdbc.queryForList("select file_name, size_bytes, uploaded_at, content from selection_cv "
                    + "where candidate_id = ?", id));
            application.put("cv", cv.isEmpty() ? null : cv.getFirst());
            application.put("scores", plain(jdbc.queryForList("""
                    select k.name as criterion, s.score, s.comment, s.updated_at
                      from selection_score s join selection_criterion k on k.id = s.criterion_id
                     where s.candidate_id = ? order by k.position, s.id""", id)));
            application.put("scoreChanges", plain(jdbc.queryForList("""
                    select k.name as criterion, c.old_score, c.new_score, c.old_comment, c.new_comment, c.changed_at
                      from selection_score_change c left join selection_criterion k on k.id = c.criterion_id
                     where c.candidate_id = ? order by c.id""", id)));
            application.put("declarations", plain(jdbc.queryForList("select conflict, reason, declared_at "
                    + "from selection_declaration where candidate_id = ? order by id", id)));
            var decision = plain(jdbc.queryForList("select final_rank, tie_rank, ratings, mean_score, median_score, "
                    + "sd_score, z_mean, proposed_outcome, outcome, reserve_position from selection_decision "
                    + "where candidate_id = ?", id));
            application.put("decision", decision.isEmpty() ? null : decision.getFirst());
            application.put("overrides", plain(jdbc.queryForList("select from_outcome, to_outcome, reason, "
                    + "decided_by, decided_at from selection_override where candidate_id = ? order by id", id)));
        }
        return applications;
    }

    /** Memberships with their history and the visits the person was on; visit notes are about the place. */
    private List<Map<String, Object>> memberships(List<Long> ids) {
        var memberships = rows("""
                select m.id, m.roster_id, r.title as roster_title, r.roster_year, m.email, m.full_name, m.phone,
                       m.organisation, m.region_id, m.language, m.member_role, m.status, m.status_since,
                       m.status_reason, m.starts_on, m.ends_on, m.share_contacts, m.returning_member, m.source,
                       m.selection_round_id, m.created_at, m.updated_at
                  from roster_member m join roster r on r.id = m.roster_id where m.id in (:ids) order by m.id""", ids);
        for (var membership : memberships) {
            Object id = membership.get("id");
            membership.put("changes", plain(jdbc.queryForList("select effective_on, kind, member_role, status, "
                    + "reason, recorded_at, recorded_by from roster_member_change where member_id = ? "
                    + "order by effective_on, id", id)));
            membership.put("visits", plain(jdbc.queryForList("""
                    select v.id, v.visited_on, f.name as facility, f.facility_type, v.report_published_on
                      from monitoring_visit_member t join monitoring_visit v on v.id = t.visit_id
                      join facility f on f.id = v.facility_id
                     where t.member_id = ? order by v.visited_on, v.id""", id)));
        }
        return memberships;
    }

    private List<Map<String, Object>> mails(List<Long> ids) {
        var mails = rows("""
                select id, created_at, purpose, reference_id, recipient, language, subject, body, status, attempts,
                       sent_at
                  from mail_outbox where id in (:ids) order by id""", ids);
        for (var mail : mails) {
            mail.put("attachments", jdbc.queryForList("select filename from mail_attachment where mail_id = ? "
                    + "order by id", String.class, mail.get("id")));
        }
        return mails;
    }

    private List<Map<String, Object>> rows(String sql, List<Long> ids) {
        return plain(named.queryForList(sql, Map.of("ids", orNone(ids))));
    }

    private static List<Map<String, Object>> plain(List<Map<String, Object>> rows) {
        return new ArrayList<>(rows.stream().map(PersonalRecords::plain).toList());
    }

    /**
     * One row with lower-case keys and plain values: times as ISO text in UTC (the portal stores instants in
     * UTC), dates as ISO dates; byte arrays stay, and become Base64 in JSON.
     */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column.toLowerCase(java.util.Locale.ROOT), switch (value) {
            case Timestamp timestamp -> timestamp.toLocalDateTime() + "Z";
            case LocalDateTime dateTime -> dateTime + "Z";
            case java.sql.Date date -> date.toLocalDate().toString();
            case null -> null;
            default -> value;
        }));
        return plain;
    }
}
