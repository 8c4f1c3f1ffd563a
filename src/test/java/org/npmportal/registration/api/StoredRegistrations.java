package org.npmportal.registration.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the API left in the database, read with plain SQL: registrations and the mail written for them. */
final class StoredRegistrations {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/registration/confirm/([A-Za-z0-9_-]{43})");

    private final JdbcTemplate jdbc;

    StoredRegistrations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int count(long seminarId) {
        return jdbc.queryForObject("select count(*) from registration where seminar_id = ?", Integer.class, seminarId);
    }

    /** The registrations with this address (stored in lower case), as column name to value. */
    List<Map<String, Object>> withEmail(String email) {
        return jdbc.queryForList("select * from registration where email = ?", lower(email));
    }

    /** The one registration with this address. */
    Map<String, Object> one(String email) {
        var rows = withEmail(email);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " registrations with " + email);
        }
        return rows.getFirst();
    }

    /** The purposes of the mails in the outbox to this address, oldest first. */
    List<String> mailsTo(String email) {
        return jdbc.queryForList("select purpose from mail_outbox where recipient = ? order by id", String.class,
                lower(email));
    }

    /** The token of the confirmation link in the newest confirmation mail to this address. */
    String confirmToken(String email) {
        String body = jdbc.queryForObject("select body from mail_outbox where recipient = ? and purpose = ? "
                + "order by id desc limit 1", String.class, lower(email), "registration.confirm");
        var link = CONFIRM_LINK.matcher(body);
        if (!link.find()) {
            throw new AssertionError("no confirmation link in the mail to " + email);
        }
        return link.group(1);
    }

    private static String lower(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
