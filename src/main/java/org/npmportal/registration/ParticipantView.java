package org.npmportal.registration;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.npmportal.base.i18n.Language;
import org.npmportal.seminar.SeminarFormat;
import org.npmportal.seminar.SeminarStatus;

/**
 * What a participant sees of their own registration through a link: no other person's data and no
 * internal ids.
 *
 * @param placeInQueue    for a waitlisted registration its current place (1 = next), else 0
 * @param meetingUrl      only for participants with a seat
 * @param canCancel       whether the participant may still cancel through their link
 * @param hasCertificate  whether a certificate was issued
 */
public record ParticipantView(String fullName, String email, Language language, RegistrationStatus status,
        int placeInQueue, Instant offerExpiresAt, Instant confirmBy, String decisionMessage,
        long seminarId, String seminarTitle, SeminarStatus seminarStatus, SeminarFormat format, String city,
        String venueName, String venueAddress, String meetingUrl, ZoneId zone, ZonedDateTime start,
        ZonedDateTime end, boolean canCancel, Instant cancelDeadline, boolean hasCertificate) {

    static ParticipantView of(Registration r, int placeInQueue, boolean canCancel, Instant cancelDeadline) {
        var s = r.getSeminar();
        var zone = s.zone();
        return new ParticipantView(r.getFullName(), r.getEmail(), r.getLanguage(), r.getStatus(), placeInQueue,
                r.getOfferExpiresAt(), r.getConfirmBy(), r.getDecisionMessage(), s.getId(), s.getTitle(),
                s.getStatus(), s.getFormat(), s.getCity(), s.getVenueName(), s.getVenueAddress(),
                r.getStatus() == RegistrationStatus.CONFIRMED ? s.getMeetingUrl() : null, zone,
                s.getStartsAt() == null ? null : s.getStartsAt().atZone(zone),
                s.getEndsAt() == null ? null : s.getEndsAt().atZone(zone), canCancel, cancelDeadline,
                r.getCertificateNumber() != null);
    }
}
