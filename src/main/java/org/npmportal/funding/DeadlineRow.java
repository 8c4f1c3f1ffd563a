package org.npmportal.funding;

import java.time.LocalDate;

public record DeadlineRow(long id, DeadlineKind kind, LocalDate dueOn, String description) {
}
