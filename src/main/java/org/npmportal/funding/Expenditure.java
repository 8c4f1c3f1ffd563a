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

/**
 * Money spent on a budget line: the amount as invoiced, the rate to the grant's currency stored with it and
 * the converted amount, and the seminar it paid for, if any.
 */
@Entity
@Table(name = "expenditure")
class Expenditure extends AbstractEntity {

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Column(name = "line_id", nullable = false)
    private long lineId;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private CurrencyCode currency;

    @Column(name = "exchange_rate", nullable = false, precision = 19, scale = 8)
    private BigDecimal exchangeRate;

    @Column(name = "amount_in_grant", nullable = false, precision = 19, scale = 4)
    private BigDecimal amountInGrant;

    @Column(nullable = false, length = ExpenditureRequest.SUPPLIER_MAX)
    private String supplier;

    @Column(name = "document_number", nullable = false, length = ExpenditureRequest.DOCUMENT_MAX)
    private String documentNumber;

    @Column(length = ExpenditureRequest.DESCRIPTION_MAX)
    private String description;

    @Column(name = "seminar_id")
    private Long seminarId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Expenditure() {
    }

    Expenditure(long grantId, String createdBy, Instant now) {
        this.grantId = grantId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void apply(ExpenditureRequest request, Conversion conversion, Instant now) {
        this.lineId = request.lineId();
        this.spentOn = request.spentOn();
        this.amount = conversion.original().amount();
        this.currency = conversion.original().currency();
        this.exchangeRate = conversion.rate();
        this.amountInGrant = conversion.converted().amount();
        this.supplier = request.supplier().strip();
        this.documentNumber = request.documentNumber().strip();
        this.description = request.description() == null || request.description().isBlank()
                ? null : request.description().strip();
        this.seminarId = request.seminarId();
        this.updatedAt = now;
    }

    String createdBy() {
        return createdBy;
    }

    long getGrantId() {
        return grantId;
    }

    long getLineId() {
        return lineId;
    }

    Conversion conversion(CurrencyCode grantCurrency) {
        return new Conversion(new Money(amount, currency), exchangeRate, new Money(amountInGrant, grantCurrency));
    }

    ExpenditureRequest toRequest() {
        return new ExpenditureRequest(lineId, spentOn, amount, currency.name(), exchangeRate, supplier, documentNumber,
                description, seminarId);
    }
}
