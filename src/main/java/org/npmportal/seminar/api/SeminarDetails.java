package org.npmportal.seminar.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.npmportal.base.i18n.Language;
import org.npmportal.seminar.PartnerRole;
import org.npmportal.seminar.PublicSeminar;
import org.npmportal.seminar.SeminarFormat;
import org.npmportal.seminar.TrainerKind;

/**
 * One published seminar with everything its public page shows. Languages are ISO 639-1 codes; the
 * meeting link of online seminars is not here: only registered participants get it.
 */
public record SeminarDetails(long id, String title, String description, String topics, String audience,
        List<String> languages, SeminarFormat format, String city, SeminarItem.RegionItem region, Venue venue,
        String start, String end, String timeZone, int capacity, int seatsLeft, int waitlistLength,
        boolean registrationOpen, String leadOrganiser, List<Partner> partners, List<Trainer> trainers,
        List<AgendaItem> agenda, String url, String calendarUrl) {

    static SeminarDetails of(PublicSeminar s, SeminarLinks links, Locale locale) {
        return new SeminarDetails(s.id(), s.title(), s.description(), s.topics(), s.audience(),
                s.languages().stream().sorted().map(Language::tag).toList(), s.format(), s.city(),
                SeminarItem.RegionItem.of(s.region(), locale),
                s.venueName() == null ? null : new Venue(s.venueName(), s.venueAddress(), s.city()),
                SeminarItem.withOffset(s.start()), SeminarItem.withOffset(s.end()), s.zone().getId(), s.capacity(),
                s.seatsLeft(), s.waitlistLength(), s.registrationOpen(), s.leadOrganiser(),
                s.partners().stream().map(p -> new Partner(p.name(), p.shortName(), p.role())).toList(),
                s.trainers().stream().map(t -> new Trainer(t.name(), t.affiliation(), t.kind())).toList(),
                s.sessions().stream().sorted(Comparator.comparing(PublicSeminar.Session::start))
                        .map(x -> new AgendaItem(SeminarItem.withOffset(x.start()), SeminarItem.withOffset(x.end()),
                                x.title(), x.speaker(), x.room()))
                        .toList(),
                links.page(s.id()), links.calendar(s.id()));
    }

    public record Venue(String name, String address, String city) {
    }

    public record Partner(String name, String shortName, PartnerRole role) {
    }

    public record Trainer(String name, String affiliation, TrainerKind kind) {
    }

    public record AgendaItem(String start, String end, String title, String speaker, String room) {
    }
}
