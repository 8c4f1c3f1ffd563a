package org.npmportal.funding;

import java.math.BigDecimal;

/**
 * An entry's amount as booked, the rate used (grant-currency units per one unit of the entry's currency)
 * and the amount it counts for in the grant's currency.
 */
public record Conversion(Money original, BigDecimal rate, Money converted) {

    static Conversion of(Money original, BigDecimal rate, CurrencyCode grantCurrency) {
        BigDecimal used = original.currency() == grantCurrency ? BigDecimal.ONE : rate;
        return new Conversion(original, used, original.convert(used, grantCurrency));
    }
}
