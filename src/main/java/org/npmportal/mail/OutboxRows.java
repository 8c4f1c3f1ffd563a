package org.npmportal.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.npmportal.base.StoredTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes new mails and their attachments into the outbox tables, in the caller's transaction: all mails in one
 * JDBC batch, then all attachments in another (the MySQL driver sends each batch as one statement). Plain JDBC
 * rather than Hibernate, which writes a row whose id the database generates at once and alone, one round trip per
 * mail and per attachment. The rows are what {@link OutgoingMail} and {@link MailAttachment} read; instants are
 * stored as {@link StoredTime}.
 */
@Component
class OutboxRows {

    private static final String INSERT_MAIL = """
            insert into mail_outbox (version, created_at, purpose, reference_id, recipient, language, subject, body,
                message_id, status, attempts, next_attempt_at)
            values (0, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""";
    private static final String INSERT_ATTACHMENT = """
            insert into mail_attachment (mail_id, filename, content_type, content) values (?, ?, ?, ?)""";
    /** Message-IDs per query when the new mails' ids are looked up for their attachments. */
    private static final int LOOKUP_CHUNK = 500;

    /** One new mail: what to send, its Message-ID, and when it was written (and is first due). */
    record Row(MailMessage message, String messageId, Instant createdAt) {
    }

    /** One attachment with the mail it belongs to. */
    private record AttachmentRow(long mailId, MailMessage.Attachment attachment) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    OutboxRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT_MAIL, rows, rows.size(), OutboxRows::bindMail);
        var withAttachments = rows.stream().filter(row -> !row.message().attachments().isEmpty()).toList();
        if (withAttachments.isEmpty()) {
            return;
        }
        Map<String, Long> ids = ids(withAttachments.stream().map(Row::messageId).toList());
        var attachments = new ArrayList<AttachmentRow>();
        for (var row : withAttachments) {
            long mailId = ids.get(row.messageId());
            row.message().attachments().forEach(attachment -> attachments.add(new AttachmentRow(mailId, attachment)));
        }
        jdbc.batchUpdate(INSERT_ATTACHMENT, attachments, attachments.size(), (statement, row) -> {
            statement.setLong(1, row.mailId());
            statement.setString(2, row.attachment().filename());
            statement.setString(3, row.attachment().contentType());
            statement.setBytes(4, row.attachment().content());
        });
    }

    /** The ids the database gave the mails just written, by Message-ID, which is unique. */
    private Map<String, Long> ids(List<String> messageIds) {
        var ids = new HashMap<String, Long>();
        for (int from = 0; from < messageIds.size(); from += LOOKUP_CHUNK) {
            var chunk = messageIds.subList(from, Math.min(messageIds.size(), from + LOOKUP_CHUNK));
            named.query("select id, message_id from mail_outbox where message_id in (:ids)", Map.of("ids", chunk),
                    (ResultSet result) -> {
                        ids.put(result.getString(2), result.getLong(1));
                    });
        }
        return ids;
    }

    private static void bindMail(PreparedStatement statement, Row row) throws SQLException {
        var message = row.message();
        // Microseconds, as the columns keep them (DATETIME(6)).
        var createdAt = StoredTime.of(row.createdAt().truncatedTo(ChronoUnit.MICROS));
        statement.setObject(1, createdAt);
        statement.setString(2, message.purpose());
        if (message.referenceId() == null) {
            statement.setNull(3, Types.BIGINT);
        } else {
            statement.setLong(3, message.referenceId());
        }
        statement.setString(4, message.recipient());
        statement.setString(5, message.language().name());
        statement.setString(6, message.subject());
        statement.setString(7, message.body());
        statement.setString(8, row.messageId());
        statement.setObject(9, createdAt);
    }
}
