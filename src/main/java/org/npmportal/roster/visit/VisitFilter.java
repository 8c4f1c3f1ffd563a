package org.npmportal.roster.visit;

import java.time.LocalDate;

/**
 * Which of a roster's visits the list shows: a region, a type of place, whether the report is published,
 * a date range, text in the place's name, and one team member. Null parts do not filter.
 */
public record VisitFilter(Long regionId, FacilityType type, Boolean reportPublished, LocalDate from, LocalDate to,
        String text, Long memberId) {

    public static VisitFilter all() {
        return new VisitFilter(null, null, null, null, null, null, null);
    }
}
