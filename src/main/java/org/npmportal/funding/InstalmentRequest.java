package org.npmportal.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money received. The rate is grant-currency units per one unit of the instalment's currency and may be
 * left out only when both are the same.
 */
public record InstalmentRequest(LocalDate receivedOn, BigDecimal amount, String currency, BigDecimal rate) {
}
