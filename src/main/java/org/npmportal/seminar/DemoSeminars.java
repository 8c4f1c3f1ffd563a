package org.npmportal.seminar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.npmportal.base.DemoData;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.OrganisationRepository;
import org.npmportal.directory.RegionRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The two NPM seminars of November 2013 (Astana, then the same programme in Almaty), completed, and
 * four upcoming seminars dated from the day the demo data is created, one of them with only 12 seats.
 * Trainers are fictional.
 */
@Component
@Profile("demo")
@Order(20)
class DemoSeminars implements DemoData {

    private static final String ZONE = "Asia/Almaty";

    private final SeminarRepository seminars;
    private final OrganisationRepository organisations;
    private final RegionRepository regions;
    private final Clock clock;

    DemoSeminars(SeminarRepository seminars, OrganisationRepository organisations, RegionRepository regions,
            Clock clock) {
        this.seminars = seminars;
        this.organisations = organisations;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public void load() {
        if (seminars.count() > 0) {
            return;
        }
        var astana = npmSeminar2013("Astana", "ASTANA", "Hotel conference hall, Astana", "Kabanbay Batyr Ave 15",
                LocalDate.of(2013, 11, 19));
        var almaty = npmSeminar2013("Almaty", "ALMATY_CITY", "Hotel conference hall, Almaty", "Abai Ave 52",
                LocalDate.of(2013, 11, 29));
        save(astana, SeminarStatus.COMPLETED);
        save(almaty, SeminarStatus.COMPLETED);

        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of(ZONE)));
        save(upcoming("NPM basics for new monitors",
                "What the National Preventive Mechanism is, what monitors may do during a visit, and how to "
                        + "prepare one. Required before a first preventive visit.",
                "OPCAT; NPM mandate; visit preparation", "New NPM monitors", "Karaganda", "KARAGANDA",
                "Regional Ombudsman office, training room", "Bukhar-Zhyrau Ave 30", 50, 40,
                today.plusDays(14), 2, SeminarFormat.IN_PERSON, null, false), SeminarStatus.PUBLISHED);
        save(upcoming("Monitoring closed institutions for children",
                "Interviewing children, safeguarding, and what to look for in special schools and juvenile "
                        + "detention. Small group; places are confirmed by the organisers.",
                "Children's rights; special institutions; interviewing", "Experienced NPM monitors", "Shymkent",
                "SHYMKENT", "UNICEF field office, meeting room", "Tauke Khan Ave 5", 20, 12,
                today.plusDays(30), 1, SeminarFormat.IN_PERSON, null, true), SeminarStatus.PUBLISHED);
        save(upcoming("Reporting after preventive visits",
                "Writing visit reports that can be published right after the visit, and following up on "
                        + "recommendations.",
                "Visit reports; recommendations; follow-up", "NPM monitors and Ombudsman staff", "Almaty",
                "ALMATY_CITY", "PRI Central Asia office", "Dostyk Ave 85", 70, 60,
                today.plusDays(45), 2, SeminarFormat.HYBRID, "https://meet.example.org/npm-reporting", false),
                SeminarStatus.PUBLISHED);
        save(upcoming("Documenting allegations of torture: the Istanbul Protocol",
                "Recognising and documenting signs of torture and ill-treatment, and referring cases safely.",
                "Istanbul Protocol; documentation; referral", "Lawyers and NPM monitors", "Oral", "WEST_KAZ",
                "City library, hall 2", "Dostyk Ave 188", 35, 30,
                today.plusDays(60), 2, SeminarFormat.IN_PERSON, null, false), SeminarStatus.PUBLISHED);
    }

    private Seminar npmSeminar2013(String city, String regionCode, String venue, String address, LocalDate day1) {
        var seminar = new Seminar();
        seminar.setTitle("Implementing the National Preventive Mechanism in Kazakhstan (" + city + ")");
        seminar.setDescription("A two-day seminar on putting the new \"Ombudsman + NGOs\" NPM model into "
                + "practice, with legal experts from Armenia and Kazakhstan.");
        seminar.setTopics("Powers of the NPM Co-ordination Council; selection of NPM members; "
                + "recommendations for preventive visits; monitoring facilities for children and people with "
                + "disabilities");
        seminar.setAudience("Ombudsman Office staff, NGO representatives, legal experts");
        seminar.setLanguages(EnumSet.of(Language.RU, Language.KK));
        seminar.setFormat(SeminarFormat.IN_PERSON);
        seminar.setCity(city);
        seminar.setRegion(regions.findByCode(regionCode).orElse(null));
        seminar.setVenueName(venue);
        seminar.setVenueAddress(address);
        seminar.setRoomCapacity(80);
        seminar.setCapacity(60);
        seminar.setTimeZone(ZONE);
        seminar.setStartsAt(day1.atTime(9, 30));
        seminar.setEndsAt(day1.plusDays(1).atTime(16, 30));
        seminar.setRegistrationOpens(day1.minusDays(30).atStartOfDay());
        seminar.setRegistrationCloses(day1.minusDays(2).atTime(18, 0));
        seminar.setLeadOrganiser(organisation("OSCE Centre in Astana"));
        for (var name : List.of("National Ombudsman Office of the Republic of Kazakhstan", "Penal Reform International",
                "Office of the UN High Commissioner for Human Rights", "UNICEF")) {
            seminar.getPartners().add(new SeminarPartner(organisation(name), PartnerRole.CO_ORGANISER));
        }
        seminar.getPartners().add(new SeminarPartner(organisation("British Embassy in Astana"), PartnerRole.SUPPORTER));
        seminar.getTrainers().add(new SeminarTrainer("Armen Petrosyan-Demo", "Legal expert, Armenia", TrainerKind.TRAINER));
        seminar.getTrainers().add(new SeminarTrainer("Marat Demo-Seitkali", "Legal expert, Kazakhstan", TrainerKind.TRAINER));
        seminar.getTrainers().add(new SeminarTrainer("Olga Demo-Ivanova", "Penal Reform International", TrainerKind.SPEAKER));
        LocalDate day2 = day1.plusDays(1);
        add(seminar, day1, "09:30", "10:00", "Opening and welcome", "OSCE Centre and Ombudsman Office", "Main hall");
        add(seminar, day1, "10:00", "11:30", "The OPCAT and the NPM mandate: powers of the NPM Co-ordination Council",
                "Marat Demo-Seitkali", "Main hall");
        add(seminar, day1, "11:45", "13:00", "Selecting NPM members: criteria, independence and conflicts of interest",
                "Olga Demo-Ivanova", "Main hall");
        add(seminar, day1, "14:00", "15:30", "The Ombudsman + NGOs model in practice: experience from Armenia",
                "Armen Petrosyan-Demo", "Main hall");
        add(seminar, day1, "15:45", "17:00", "Working groups: planning a preventive visit", null, "Rooms A and B");
        add(seminar, day2, "09:30", "11:00", "Recommendations for preventive visits: methods and reporting",
                "Olga Demo-Ivanova", "Main hall");
        add(seminar, day2, "11:15", "12:45", "Monitoring facilities for children", "UNICEF", "Main hall");
        add(seminar, day2, "13:45", "15:15", "Monitoring facilities for people with disabilities",
                "Marat Demo-Seitkali", "Main hall");
        add(seminar, day2, "15:30", "16:30", "Conclusions and next steps", "OSCE Centre", "Main hall");
        return seminar;
    }

    private Seminar upcoming(String title, String description, String topics, String audience, String city,
            String regionCode, String venue, String address, int room, int capacity, LocalDate day1, int days,
            SeminarFormat format, String meetingUrl, boolean approval) {
        var seminar = new Seminar();
        seminar.setTitle(title);
        seminar.setDescription(description);
        seminar.setTopics(topics);
        seminar.setAudience(audience);
        seminar.setLanguages(EnumSet.of(Language.RU, Language.KK));
        seminar.setFormat(format);
        seminar.setMeetingUrl(meetingUrl);
        seminar.setCity(city);
        seminar.setRegion(regions.findByCode(regionCode).orElse(null));
        seminar.setVenueName(venue);
        seminar.setVenueAddress(address);
        seminar.setRoomCapacity(room);
        seminar.setCapacity(capacity);
        seminar.setApprovalRequired(approval);
        seminar.setTimeZone(ZONE);
        LocalDate lastDay = day1.plusDays(days - 1L);
        seminar.setStartsAt(day1.atTime(9, 30));
        seminar.setEndsAt(lastDay.atTime(17, 0));
        seminar.setRegistrationOpens(LocalDate.now(clock.withZone(java.time.ZoneId.of(ZONE))).minusDays(1).atStartOfDay());
        seminar.setRegistrationCloses(day1.minusDays(2).atTime(18, 0));
        seminar.setLeadOrganiser(organisation("Penal Reform International"));
        seminar.getPartners().add(new SeminarPartner(organisation("National Ombudsman Office of the Republic of Kazakhstan"),
                PartnerRole.CO_ORGANISER));
        seminar.getPartners().add(new SeminarPartner(organisation("Delegation of the European Union to Kazakhstan"),
                PartnerRole.FUNDER));
        seminar.getTrainers().add(new SeminarTrainer("Aliya Demo-Nurlanova", "NGO Coalition against Torture",
                TrainerKind.TRAINER));
        for (int day = 0; day < days; day++) {
            LocalDate date = day1.plusDays(day);
            add(seminar, date, "09:30", "12:30", day == 0 ? "Introduction and first module" : "Module " + (day + 1),
                    "Aliya Demo-Nurlanova", null);
            add(seminar, date, "13:30", "17:00", "Practical exercises", "Aliya Demo-Nurlanova", null);
        }
        return seminar;
    }

    private static void add(Seminar seminar, LocalDate date, String from, String to, String title, String speaker,
            String room) {
        seminar.getSessions().add(new AgendaSession(LocalDateTime.of(date, LocalTime.parse(from)),
                LocalDateTime.of(date, LocalTime.parse(to)), title, speaker, room));
    }

    private org.npmportal.directory.Organisation organisation(String name) {
        return organisations.findByName(name)
                .orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + name));
    }

    private void save(Seminar seminar, SeminarStatus status) {
        var now = clock.instant();
        seminar.setStatus(status);
        seminar.setCreatedAt(now);
        seminar.setUpdatedAt(now);
        seminar.deriveInstants();
        seminar.attachChildren();
        seminars.save(seminar);
    }
}
