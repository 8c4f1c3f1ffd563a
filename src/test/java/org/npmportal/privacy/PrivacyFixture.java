package org.npmportal.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.npmportal.base.LinkTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * People with rows in every table that holds personal data, written with SQL so that a test controls every
 * column (dates in the past, statuses, texts that mention someone). Names and addresses carry a random tag,
 * so that a search for them cannot hit the demo data or another test's rows.
 */
public final class PrivacyFixture {

    /** A person with everything the portal can hold about them. */
    public record Person(String name, String email, String phone, long registration, long invitation, long candidate,
            long member) {
    }

    /** Two people who share one seminar, one selection round, one roster and one visit. */
    public record World(long seminar, long round, long roster, long visit, Person subject, Person other,
            String staffUsername) {
    }

    private final JdbcTemplate jdbc;

    public PrivacyFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public World world() {
        String tag = tag();
        long seminar = seminar("Privacy seminar " + tag, Instant.parse("2014-05-12T03:00:00Z"));
        long round = insert("""
                insert into selection_round (version, title, programme, round_year, phase, time_zone, total_seats,
                    reserve_size, minimum_ratings, discuss_threshold, blind_rating, scores_after_submit, created_at,
                    updated_at, decided_at, published_at)
                values (0, ?, 'Privacy', 2014, 'PUBLISHED', 'Asia/Almaty', 1, 1, 1, 1.00, false, false, ?, ?, ?, ?)""",
                "Privacy round " + tag, now(), now(), now(), now());
        long criterion = insert("insert into selection_criterion (round_id, position, name, weight, scale_min, "
                + "scale_max) values (?, 1, 'Experience', 1.00, 1, 5)", round);
        long raterAccount = insert("""
                insert into app_user (version, username, email, full_name, password_hash, enabled, preferred_language,
                    created_at, password_changed_at)
                values (0, ?, ?, 'Rater', '{noop}not-used', false, 'ru', ?, ?)""", "rater-" + tag,
                "rater-" + tag + "@example.kz", now(), now());
        long rater = insert("insert into selection_member (round_id, user_id, chair) values (?, ?, true)", round,
                raterAccount);
        long roster = insert("""
                insert into roster (version, programme, roster_year, title, starts_on, ends_on, created_at, updated_at)
                values (0, ?, 2014, ?, ?, ?, ?, ?)""", "Privacy " + tag, "Privacy roster " + tag,
                LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31), now(), now());
        long facility = insert("insert into facility (version, name, facility_type, region_id, created_at, "
                + "updated_at) values (0, ?, 'PRISON', 1, ?, ?)", "Privacy facility " + tag, now(), now());

        var subject = person(tag, "Гүлжан Құпиясова-" + tag, "subject-" + tag + "@example.kz", "+7 701 " + tag,
                seminar, round, criterion, rater, roster, 1, 5);
        var other = person(tag, "Arman Otherov-" + tag, "other-" + tag + "@example.kz", "+7 702 " + tag, seminar,
                round, criterion, rater, roster, 2, 3);
        long visit = insert("insert into monitoring_visit (version, roster_id, facility_id, visited_on, notes, "
                + "created_at, updated_at) values (0, ?, ?, ?, ?, ?, ?)", roster, facility, LocalDate.of(2014, 6, 3),
                "Team led by " + subject.name() + " with " + other.name() + "; cells inspected.", now(), now());
        jdbc.update("insert into monitoring_visit_member (visit_id, member_id) values (?, ?), (?, ?)", visit,
                subject.member(), visit, other.member());
        jdbc.update("update seminar set seats_taken = 2 where id = ?", seminar);

        String staff = "staff-" + tag;
        long user = insert("""
                insert into app_user (version, username, email, full_name, password_hash, enabled, preferred_language,
                    created_at, password_changed_at)
                values (0, ?, ?, ?, '{noop}not-used', true, 'ru', ?, ?)""", staff, subject.email(), subject.name(),
                now(), now());
        jdbc.update("insert into app_user_role (user_id, role) values (?, 'ORGANISER')", user);
        audit(staff, "ROSTER_MEMBER_CHANGED", "roster_member", other.member(), "status ACTIVE -> SUSPENDED");
        return new World(seminar, round, roster, visit, subject, other, staff);
    }

    long seminar(String title, Instant endsAt) {
        Instant startsAt = endsAt.minusSeconds(2 * 24 * 3600 + 8 * 3600);
        return insert("""
                insert into seminar (version, title, format, city, region_id, time_zone, starts_at, ends_at,
                    starts_at_utc, ends_at_utc, capacity, approval_required, status, seats_taken, waitlist_length,
                    created_at, updated_at)
                values (0, ?, 'IN_PERSON', 'Astana', 1, 'Asia/Almaty', ?, ?, ?, ?, 20, false, 'COMPLETED', 0, 0,
                    ?, ?)""",
                title, local(startsAt.plusSeconds(5 * 3600)), local(endsAt.plusSeconds(5 * 3600)), local(startsAt),
                local(endsAt), now(), now());
    }

    /** A confirmed participant who attended {@code days} days, with a link and a sent mail about it. */
    long participant(long seminar, String name, String email, int days) {
        long registration = insert("""
                insert into registration (version, seminar_id, email, full_name, organisation, job_position,
                    region_id, language, needs, consent_processing, consent_listing, status, created_at, updated_at,
                    email_confirmed_at, seated_at, certificate_number, certificate_issued_at)
                values (0, ?, ?, ?, 'Kadir-kasiet', 'Lawyer', 1, 'ru', ?, true, false, 'CONFIRMED', ?, ?, ?, ?, ?,
                    ?)""",
                seminar, email, name, "Interpreter for " + name, now(), now(), now(), now(),
                "P-" + tag() + "-" + seminar, now());
        for (int day = 0; day < days; day++) {
            jdbc.update("insert into attendance (registration_id, attended_on, marked_at, marked_by) "
                    + "values (?, ?, ?, 'organiser')", registration, LocalDate.of(2014, 5, 10 + day), now());
        }
        jdbc.update("insert into registration_token (registration_id, purpose, token_hash, created_at, expires_at) "
                + "values (?, 'MANAGE', ?, ?, ?)", registration, LinkTokens.hash(LinkTokens.newToken()), now(), now());
        mail("registration.confirmed", registration, email, "SENT", "Dear " + name + ", your seat is confirmed.");
        audit("organiser", "REGISTRATION_MESSAGED", "registration", registration, "subject: note for " + email);
        return registration;
    }

    long invitation(long seminar, String name, String email) {
        long invitation = insert("""
                insert into invitation (seminar_id, email, full_name, language, token_hash, created_at, created_by,
                    expires_at)
                values (?, ?, ?, 'kk', ?, ?, 'organiser', ?)""", seminar, email, name,
                LinkTokens.hash(LinkTokens.newToken()), now(), now());
        mail("registration.invitation", invitation, email, "SENT", name + ", you are invited.");
        return invitation;
    }

    private Person person(String tag, String name, String email, String phone, long seminar, long round,
            long criterion, long rater, long roster, int code, int score) {
        long registration = participant(seminar, name, email, code);
        long invitation = invitation(seminar, name, email);
        long pending = mail("registration.reminder", registration, email, "PENDING", "Reminder for " + name);
        jdbc.update("insert into mail_attachment (mail_id, filename, content_type, content) values (?, 'seminar.ics', "
                + "'text/calendar', ?)", pending,
                ("SUMMARY:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        long candidate = insert("""
                insert into selection_candidate (version, round_id, code, full_name, email, phone, organisation,
                    region_id, languages, experience, motivation, language, share_contacts, source, status,
                    created_at, confirmed_at)
                values (0, ?, ?, ?, ?, ?, 'Kadir-kasiet', 1, 'kk, ru', ?, ?, 'ru', true, 'APPLICATION', 'ACTIVE',
                    ?, ?)""",
                round, "C-" + code, name, email, phone, "Five years of visits by " + name, "Motivation of " + name,
                now(), now());
        jdbc.update("insert into selection_cv (candidate_id, file_name, size_bytes, content, uploaded_at) "
                + "values (?, ?, 3, ?, ?)", candidate, "cv-" + tag + ".pdf", new byte[] {1, 2, 3}, now());
        jdbc.update("insert into selection_declaration (round_id, candidate_id, member_id, conflict, reason, "
                + "declared_at) values (?, ?, ?, false, ?, ?)", round, candidate, rater, "I met " + name + " once",
                now());
        jdbc.update("insert into selection_score (round_id, candidate_id, criterion_id, member_id, score, comment, "
                + "updated_at) values (?, ?, ?, ?, ?, ?, ?)", round, candidate, criterion, rater, score,
                "Strong file, " + name, now());
        jdbc.update("insert into selection_score_change (round_id, candidate_id, criterion_id, member_id, old_score, "
                + "new_score, old_comment, new_comment, changed_by, changed_at) values (?, ?, ?, ?, null, ?, null, ?, "
                + "'commission1', ?)", round, candidate, criterion, rater, score, "Strong file, " + name, now());
        jdbc.update("""
                insert into selection_decision (candidate_id, round_id, final_rank, tie_rank, ratings, mean_score,
                    median_score, sd_score, z_mean, proposed_outcome, outcome, reserve_position)
                values (?, ?, ?, ?, 1, ?, ?, 0.000, 0.000, ?, ?, ?)""", candidate, round, code, code, score, score,
                code == 1 ? "SELECTED" : "RESERVE", code == 1 ? "SELECTED" : "RESERVE", code == 1 ? null : 1);
        jdbc.update("insert into selection_override (round_id, candidate_id, from_outcome, to_outcome, reason, "
                + "decided_by, decided_at) values (?, ?, 'RESERVE', ?, ?, 'commission1', ?)", round, candidate,
                code == 1 ? "SELECTED" : "RESERVE", "Regional need, as " + name + " covers Astana", now());
        mail("selection.result.SELECTED", candidate, email, "SENT", name + ", you were selected.");

        long member = insert("""
                insert into roster_member (version, roster_id, email, full_name, phone, organisation, region_id,
                    language, member_role, status, status_since, status_reason, starts_on, share_contacts,
                    returning_member, source, selection_round_id, created_at, updated_at)
                values (0, ?, ?, ?, ?, 'Kadir-kasiet', 1, 'ru', 'MONITOR', 'ACTIVE', ?, ?, ?, true, false, 'SELECTION',
                    ?, ?, ?)""", roster, email, name, phone, LocalDate.of(2014, 1, 1), "Joined after " + name
                + " was selected", LocalDate.of(2014, 1, 1), round, now(), now());
        jdbc.update("insert into roster_member_change (member_id, effective_on, kind, member_role, status, reason, "
                + "recorded_at, recorded_by) values (?, ?, 'JOINED', 'MONITOR', 'ACTIVE', ?, ?, 'organiser')", member,
                LocalDate.of(2014, 1, 1), "Selected: " + name, now());
        audit("organiser", "CANDIDATE_UPDATED", "selection_candidate", candidate, "C-" + code + ": phone " + phone);
        return new Person(name, email, phone, registration, invitation, candidate, member);
    }

    private long mail(String purpose, long reference, String recipient, String status, String body) {
        return insert("""
                insert into mail_outbox (version, created_at, purpose, reference_id, recipient, language, subject, body,
                    message_id, status, attempts, next_attempt_at, sent_at)
                values (0, ?, ?, ?, ?, 'ru', ?, ?, ?, ?, 1, ?, ?)""", now(), purpose, reference, recipient,
                "Seminar news", body, "<" + UUID.randomUUID() + "@test>", status,
                status.equals("PENDING") ? local(Instant.now().plusSeconds(365L * 24 * 3600)) : now(),
                status.equals("SENT") ? now() : null);
    }

    void audit(String actor, String action, String entityType, long entityId, String details) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, details) "
                + "values (?, ?, ?, ?, ?, ?)", now(), actor, action, entityType, entityId, details);
    }

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
