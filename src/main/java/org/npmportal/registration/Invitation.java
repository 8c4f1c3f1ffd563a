package org.npmportal.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.npmportal.base.i18n.Language;

/** A person an organiser invited to a seminar; their personal link opens the form filled in for them. */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seminar_id", nullable = false)
    private long seminarId;

    @Column(nullable = false, length = RegistrationRequest.EMAIL_MAX)
    private String email;

    @Column(name = "full_name", nullable = false, length = RegistrationRequest.NAME_MAX)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected Invitation() {
    }

    Invitation(long seminarId, String email, String fullName, Language language, String tokenHash, Instant createdAt,
            String createdBy, Instant expiresAt) {
        this.seminarId = seminarId;
        this.email = email;
        this.fullName = fullName;
        this.language = language;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    /** A new link for an invitation sent again. */
    void renew(String tokenHash, String fullName, Language language, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.fullName = fullName;
        this.language = language;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public long getSeminarId() {
        return seminarId;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public Language getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
