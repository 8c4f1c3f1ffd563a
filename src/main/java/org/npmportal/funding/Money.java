package org.npmportal.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in a currency. The one rounding rule of funding lives here: a conversion or a division
 * is rounded once, to the target currency's minor units, half to even ("banker's rounding"), so that
 * sums of many rounded entries do not drift in one direction.
 */
public record Money(BigDecimal amount, CurrencyCode currency) {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(currency.minorUnits(), ROUNDING);
    }

    public static Money zero(CurrencyCode currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money of(String amount, CurrencyCode currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * This amount in the target currency at {@code rate} target units per one unit of this currency,
     * rounded once. The same currency converts at exactly 1.
     */
    public Money convert(BigDecimal rate, CurrencyCode target) {
        if (target == currency) {
            if (rate.compareTo(BigDecimal.ONE) != 0) {
                throw new IllegalArgumentException("a currency converts to itself at 1, not " + rate);
            }
            return this;
        }
        return new Money(amount.multiply(rate).setScale(target.minorUnits(), ROUNDING), target);
    }

    /** An equal share of this amount, such as the cost per participant; null for no shares. */
    public Money dividedBy(long shares) {
        return shares <= 0 ? null
                : new Money(amount.divide(BigDecimal.valueOf(shares), currency.minorUnits(), ROUNDING), currency);
    }

    /** Percentage of {@code whole} that this amount is, to one decimal; null when the whole is zero. */
    public BigDecimal percentOf(Money whole) {
        requireSameCurrency(whole);
        if (whole.amount.signum() == 0) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(whole.amount, 1, ROUNDING);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    private void requireSameCurrency(Money other) {
        if (other.currency != currency) {
            throw new IllegalArgumentException(currency + " and " + other.currency + " do not add up");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
