package org.npmportal.funding;

import java.time.LocalDate;

/** Filters of a grant's expenditures; null means any. The text matches supplier, document number or description. */
public record ExpenditureFilter(Long lineId, LocalDate from, LocalDate to, String text, Long seminarId) {

    public static ExpenditureFilter all() {
        return new ExpenditureFilter(null, null, null, null, null);
    }
}
