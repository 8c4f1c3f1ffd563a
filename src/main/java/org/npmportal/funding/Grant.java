package org.npmportal.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.npmportal.base.AbstractEntity;

/** Money a donor gives (or may give) an organisation for a project, in one currency, for a period. */
@Entity
@Table(name = "funding_grant")
class Grant extends AbstractEntity {

    @Column(nullable = false, length = GrantRequest.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = GrantRequest.NAME_MAX)
    private String donor;

    @Column(nullable = false, length = GrantRequest.NAME_MAX)
    private String implementer;

    @Column(name = "reference_number", length = GrantRequest.REFERENCE_MAX)
    private String referenceNumber;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private CurrencyCode currency;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GrantStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Grant() {
    }

    Grant(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(GrantRequest request, CurrencyCode currency, Instant now) {
        this.title = request.title().strip();
        this.donor = request.donor().strip();
        this.implementer = request.implementer().strip();
        this.referenceNumber = request.referenceNumber() == null || request.referenceNumber().isBlank()
                ? null : request.referenceNumber().strip();
        this.amount = request.amount();
        this.currency = currency;
        this.startsOn = request.startsOn();
        this.endsOn = request.endsOn();
        this.status = request.status();
        this.updatedAt = now;
    }

    Money awarded() {
        return new Money(amount, currency);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    String getTitle() {
        return title;
    }

    String getDonor() {
        return donor;
    }

    String getImplementer() {
        return implementer;
    }

    String getReferenceNumber() {
        return referenceNumber;
    }

    CurrencyCode getCurrency() {
        return currency;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    GrantStatus getStatus() {
        return status;
    }
}
