package org.npmportal.funding;

import java.time.LocalDate;

/** A grant in the portfolio, with what was received and spent in its currency. */
public record GrantRow(long id, String title, String donor, String implementer, GrantStatus status, Money awarded,
        LocalDate startsOn, LocalDate endsOn, Money received, Money spent) {
}
