package org.npmportal.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant's details as an editor or an import gives them; the currency is an ISO 4217 code as typed. */
public record GrantRequest(String title, String donor, String implementer, String referenceNumber, BigDecimal amount,
        String currency, LocalDate startsOn, LocalDate endsOn, GrantStatus status) {

    public static final int TITLE_MAX = 300;
    public static final int NAME_MAX = 200;
    public static final int REFERENCE_MAX = 100;
}
