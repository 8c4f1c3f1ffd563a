package org.npmportal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file sent with a mail, such as the seminar's calendar entry. */
@Entity
@Table(name = "mail_attachment")
public class MailAttachment {

    public static final int CONTENT_MAX = 10_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mail_id")
    private OutgoingMail mail;

    @Column(nullable = false, length = 200)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    /** Stored as LONGBLOB; mapped by length rather than as a LOB, which H2 and MySQL type differently. */
    @Column(nullable = false, length = CONTENT_MAX)
    private byte[] content;

    protected MailAttachment() {
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    byte[] content() {
        return content.clone();
    }
}
