package org.npmportal.funding;

import java.time.LocalDate;
import java.util.List;

/** A grant's page: its details, aims, reporting deadlines and instalments, with its version for editing. */
public record GrantDetails(long id, long version, String title, String donor, String implementer,
        String referenceNumber, Money awarded, LocalDate startsOn, LocalDate endsOn, GrantStatus status,
        List<AimRequest> aims, List<DeadlineRow> deadlines, List<InstalmentRow> instalments) {

    public GrantDetails {
        aims = List.copyOf(aims);
        deadlines = List.copyOf(deadlines);
        instalments = List.copyOf(instalments);
    }

    public CurrencyCode currency() {
        return awarded.currency();
    }

    public GrantRequest toRequest() {
        return new GrantRequest(title, donor, implementer, referenceNumber, awarded.amount(), currency().name(),
                startsOn, endsOn, status);
    }
}
