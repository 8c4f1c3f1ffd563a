package org.npmportal.funding;

import java.time.LocalDate;

public record DeadlineRequest(DeadlineKind kind, LocalDate dueOn, String description) {

    public static final int DESCRIPTION_MAX = 300;
}
