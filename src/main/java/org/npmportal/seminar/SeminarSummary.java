package org.npmportal.seminar;

import java.time.LocalDateTime;
import org.npmportal.directory.Region;

/** A row of the organisers' list, calendar and export, read inside the transaction. */
public record SeminarSummary(long id, long version, String title, SeminarStatus status, SeminarFormat format,
        String city, Region region, String venueName, LocalDateTime startsAt, LocalDateTime endsAt,
        String timeZone, Integer capacity, int seatsTaken, int waitlistLength, String leadOrganiser,
        String audience) {

    static SeminarSummary of(Seminar s) {
        return new SeminarSummary(s.getId(), s.getVersion(), s.getTitle(), s.getStatus(), s.getFormat(), s.getCity(),
                s.getRegion(), s.getVenueName(), s.getStartsAt(), s.getEndsAt(), s.getTimeZone(), s.getCapacity(),
                s.getSeatsTaken(), s.getWaitlistLength(),
                s.getLeadOrganiser() == null ? null : s.getLeadOrganiser().shortName(), s.getAudience());
    }
}
