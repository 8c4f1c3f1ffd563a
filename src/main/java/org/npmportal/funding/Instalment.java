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

/** Money received from the donor, with the rate at which it counts in the grant's currency. */
@Entity
@Table(name = "funding_instalment")
class Instalment extends AbstractEntity {

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private CurrencyCode currency;

    @Column(name = "exchange_rate", nullable = false, precision = 19, scale = 8)
    private BigDecimal exchangeRate;

    @Column(name = "amount_in_grant", nullable = false, precision = 19, scale = 4)
    private BigDecimal amountInGrant;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Instalment() {
    }

    Instalment(long grantId, LocalDate receivedOn, Conversion conversion, Instant now) {
        this.grantId = grantId;
        this.receivedOn = receivedOn;
        this.amount = conversion.original().amount();
        this.currency = conversion.original().currency();
        this.exchangeRate = conversion.rate();
        this.amountInGrant = conversion.converted().amount();
        this.createdAt = now;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    Conversion conversion(CurrencyCode grantCurrency) {
        return new Conversion(new Money(amount, currency), exchangeRate, new Money(amountInGrant, grantCurrency));
    }
}
