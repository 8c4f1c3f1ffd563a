package org.npmportal.registration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarStatus;

/**
 * What the participant and check-in screens show about their seminar.
 *
 * @param startsAt local time in {@code zone}, or null for a draft without dates
 */
public record SeminarOutline(long id, String title, SeminarStatus status, ZoneId zone, LocalDateTime startsAt,
        LocalDateTime endsAt, Integer capacity, boolean approvalRequired) {

    static SeminarOutline of(Seminar s) {
        return new SeminarOutline(s.getId(), s.getTitle(), s.getStatus(), s.zone(), s.getStartsAt(), s.getEndsAt(),
                s.getCapacity(), s.isApprovalRequired());
    }

    /** The seminar's days, from the first to the last, by the calendar of its own time zone. */
    public List<LocalDate> days() {
        if (startsAt == null || endsAt == null || endsAt.isBefore(startsAt)) {
            return List.of();
        }
        return startsAt.toLocalDate().datesUntil(endsAt.toLocalDate().plusDays(1)).toList();
    }
}
