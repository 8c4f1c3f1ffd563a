package org.npmportal.registration;

import org.npmportal.support.AtOnce;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npmportal.base.i18n.Language;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.api.TestSeminars;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * What the registration tests share: seminars made through the service, participants who read their
 * links from the mail the portal wrote (the outbox), and many of them acting at once on real threads.
 */
final class Participants {

    private static final Pattern CONFIRM = Pattern.compile("/registration/confirm/([A-Za-z0-9_-]{43})");
    private static final Pattern CLAIM = Pattern.compile("/registration/claim/([A-Za-z0-9_-]{43})");
    private static final Pattern MANAGE = Pattern.compile("/registration/([A-Za-z0-9_-]{43})");

    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy security;

    Participants(JdbcTemplate jdbc, SecurityContextHolderStrategy security) {
        this.jdbc = jdbc;
        this.security = security;
    }

    /** A published two-day seminar starting in {@code daysAhead} days; call as an organiser. */
    static long seminar(SeminarService seminars, String title, int capacity, boolean approval, int daysAhead) {
        var draft = TestSeminars.draft(title, daysAhead);
        draft.setRoomCapacity(Math.max(capacity, 40));
        draft.setCapacity(capacity);
        draft.setApprovalRequired(approval);
        return TestSeminars.publish(seminars, draft);
    }

    static RegistrationRequest request(String name, String email) {
        return new RegistrationRequest(name, email, "Адам құқықтары жөніндегі ҮЕҰ", "Мониторинг маманы", null,
                Language.KK, null, true, false, null, null);
    }

    /** The newest mail with this purpose to this address. */
    String lastMail(String recipient, String purpose) {
        List<String> bodies = jdbc.queryForList(
                "select body from mail_outbox where recipient = ? and purpose = ? order by id desc",
                String.class, recipient.toLowerCase(java.util.Locale.ROOT), purpose);
        if (bodies.isEmpty()) {
            throw new AssertionError("no mail '" + purpose + "' to " + recipient);
        }
        return bodies.getFirst();
    }

    List<String> purposesOfMailTo(String recipient) {
        return jdbc.queryForList("select purpose from mail_outbox where recipient = ? order by id", String.class,
                recipient.toLowerCase(java.util.Locale.ROOT));
    }

    String confirmToken(String recipient) {
        return token(CONFIRM, lastMail(recipient, "registration.confirm"));
    }

    String claimToken(String recipient) {
        return token(CLAIM, lastMail(recipient, "registration.offered"));
    }

    /** The management link of the newest mail of this purpose. */
    String manageToken(String recipient, String purpose) {
        return token(MANAGE, lastMail(recipient, purpose));
    }

    private static String token(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no link " + pattern + " in: " + body);
        }
        return matcher.group(1);
    }

    /** Counts per status of the seminar's registrations, read straight from the database. */
    int count(long seminarId, RegistrationStatus status) {
        return jdbc.queryForObject("select count(*) from registration where seminar_id = ? and status = ?",
                Integer.class, seminarId, status.name());
    }

    List<Integer> waitlistNumbers(long seminarId) {
        return jdbc.queryForList("select waitlist_number from registration where seminar_id = ? and status = ? "
                + "order by waitlist_number", Integer.class, seminarId, RegistrationStatus.WAITLISTED.name());
    }

    int[] counters(long seminarId) {
        return jdbc.queryForObject("select seats_taken, waitlist_length from seminar where id = ?",
                (rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}, seminarId);
    }

    int mailsAbout(long seminarId, String purpose) {
        return jdbc.queryForObject("select count(*) from mail_outbox m join registration r on r.id = m.reference_id "
                + "where r.seminar_id = ? and m.purpose = ?", Integer.class, seminarId, purpose);
    }

    /** Runs the tasks at once on real threads, each as an anonymous visitor of the public pages; results in task order. */
    <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        return AtOnce.run(tasks.stream().map(this::asVisitor).toList());
    }

    /** The task as an anonymous visitor of the public pages runs it, on whatever thread it runs. */
    <T> Callable<T> asVisitor(Callable<T> task) {
        var visitor = new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        return AtOnce.as(security, visitor, task);
    }
}
