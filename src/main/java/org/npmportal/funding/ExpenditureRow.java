package org.npmportal.funding;

import java.time.LocalDate;

/** An expenditure as lists and exports show it, with its line and seminar named. */
public record ExpenditureRow(long id, LocalDate spentOn, long lineId, String lineCode, String lineName,
        Conversion conversion, String supplier, String documentNumber, String description, Long seminarId,
        String seminarTitle, String createdBy) {
}
