package org.npmportal.funding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ISO 4217 currencies grants and entries may use; amounts are kept to each currency's minor units. */
public enum CurrencyCode {
    KZT, EUR, USD, GBP, RUB, CHF;

    /** Digits after the decimal point, as ISO 4217 gives them (2 for all of these). */
    public int minorUnits() {
        return java.util.Currency.getInstance(name()).getDefaultFractionDigits();
    }

    /** The currency for a code as typed or imported; empty when the portal does not know it. */
    public static Optional<CurrencyCode> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(upper)).findFirst();
    }
}
