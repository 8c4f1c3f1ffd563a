package org.npmportal.seminar;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the organisers' list and calendar show: any combination of statuses, a city or region, a
 * partner organisation, a date range (seminars overlapping it, by their local dates) and free text.
 * Null or empty parts do not filter.
 */
public record SeminarFilter(Set<SeminarStatus> statuses, String city, Long regionId, Long partnerId,
        LocalDate from, LocalDate to, String text) {

    public static SeminarFilter all() {
        return new SeminarFilter(Set.of(), null, null, null, null, null, null);
    }

    public SeminarFilter between(LocalDate newFrom, LocalDate newTo) {
        return new SeminarFilter(statuses, city, regionId, partnerId, newFrom, newTo, text);
    }
}
