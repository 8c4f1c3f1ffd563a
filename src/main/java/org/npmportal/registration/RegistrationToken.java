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

/** A link sent to a participant, stored as the hash of its token. */
@Entity
@Table(name = "registration_token")
class RegistrationToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RegistrationToken() {
    }

    RegistrationToken(long registrationId, TokenPurpose purpose, String tokenHash, Instant createdAt,
            Instant expiresAt) {
        this.registrationId = registrationId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    long registrationId() {
        return registrationId;
    }

    TokenPurpose purpose() {
        return purpose;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    String tokenHash() {
        return tokenHash;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant usedAt() {
        return usedAt;
    }
}
