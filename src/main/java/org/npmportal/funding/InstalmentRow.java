package org.npmportal.funding;

import java.time.LocalDate;

public record InstalmentRow(long id, LocalDate receivedOn, Conversion conversion) {
}
