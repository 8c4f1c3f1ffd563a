package org.npmportal.registration;

import java.time.Instant;
import java.util.Locale;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;

/**
 * A row of the organisers' participant list and its exports, read by one query (no further loading).
 *
 * @param waitlistNumber the number given when the person joined the waitlist, or null
 * @param placeInQueue   for a waitlisted registration its current place (1 = next), else 0
 * @param attendedDays   the number of seminar days the person was marked present
 */
public record ParticipantRow(long id, String fullName, String email, String organisation, String position,
        Region region, Language language, RegistrationStatus status, Integer waitlistNumber, long placeInQueue,
        String needs, boolean consentListing, Instant createdAt, Instant emailConfirmedAt, long attendedDays) {

    /** The same row with the registration's current place in the queue. */
    ParticipantRow withPlaceInQueue(long place) {
        return new ParticipantRow(id, fullName, email, organisation, position, region, language, status,
                waitlistNumber, place, needs, consentListing, createdAt, emailConfirmedAt, attendedDays);
    }

    public String regionName(Locale locale) {
        return region == null ? null : region.name(locale);
    }
}
