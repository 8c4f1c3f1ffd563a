package org.npmportal.seminar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;

/**
 * What the public may see of a published seminar: no meeting link (that goes to registered
 * participants only), no internal notes. Times are in the venue's time zone.
 */
public record PublicSeminar(long id, String title, String description, String topics, String audience,
        Set<Language> languages, SeminarFormat format, SeminarStatus status, String city, Region region,
        String venueName, String venueAddress, ZoneId zone, ZonedDateTime start, ZonedDateTime end,
        int capacity, int seatsLeft, int waitlistLength, boolean registrationOpen, String leadOrganiser,
        List<Partner> partners, List<Trainer> trainers, List<Session> sessions, Instant updatedAt) {

    public record Partner(String name, String shortName, PartnerRole role) {
    }

    public record Trainer(String name, String affiliation, TrainerKind kind) {
    }

    public record Session(ZonedDateTime start, ZonedDateTime end, String title, String speaker, String room) {
    }

    /** The public part of a seminar, read inside a transaction (partners, trainers and agenda are loaded here). */
    public static PublicSeminar of(Seminar s, Instant now) {
        var zone = s.zone();
        return new PublicSeminar(s.getId(), s.getTitle(), s.getDescription(), s.getTopics(), s.getAudience(),
                Set.copyOf(s.getLanguages()), s.getFormat(), s.getStatus(), s.getCity(), s.getRegion(),
                s.getVenueName(), s.getVenueAddress(), zone, s.getStartsAt().atZone(zone), s.getEndsAt().atZone(zone),
                s.getCapacity() == null ? 0 : s.getCapacity(), s.seatsLeft(), s.getWaitlistLength(),
                s.isRegistrationOpen(now),
                s.getLeadOrganiser() == null ? null : s.getLeadOrganiser().getName(),
                s.getPartners().stream().map(p -> new Partner(p.getOrganisation().getName(),
                        p.getOrganisation().shortName(), p.getRole())).toList(),
                s.getTrainers().stream().map(t -> new Trainer(t.getName(), t.getAffiliation(), t.getKind())).toList(),
                s.getSessions().stream().map(x -> new Session(x.getStartsAt().atZone(zone), x.getEndsAt().atZone(zone),
                        x.getTitle(), x.getSpeaker(), x.getRoom())).toList(),
                s.getUpdatedAt());
    }
}
