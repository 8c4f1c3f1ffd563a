package org.npmportal.seminar;

import java.time.LocalDateTime;
import org.npmportal.directory.Region;

/**
 * Where and when a repeated seminar takes place. The venue fields may be left empty to keep the
 * original's; the agenda moves with the start.
 */
public record RepeatRequest(LocalDateTime newStart, String city, Region region, String venueName,
        String venueAddress, Integer roomCapacity) {
}
