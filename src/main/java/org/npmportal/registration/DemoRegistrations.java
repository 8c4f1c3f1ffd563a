package org.npmportal.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.npmportal.base.DemoData;
import org.npmportal.base.StoredTime;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;
import org.npmportal.directory.RegionRepository;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fictional participants for the demo seminars: the two completed 2013 seminars with attendance and
 * certificates, the 12-seat Shymkent seminar full with a waitlist and people awaiting approval, and
 * some registrations, confirmed and not, for the others. No mail is written for demo data.
 */
@Component
@Profile("demo")
@Order(30)
class DemoRegistrations implements DemoData {

    private static final List<String[]> FIRST = List.of(
            new String[] {"Айгерім", "aigerim"}, new String[] {"Ерлан", "erlan"}, new String[] {"Дина", "dina"},
            new String[] {"Нұрлан", "nurlan"}, new String[] {"Гүлнар", "gulnar"}, new String[] {"Марат", "marat"},
            new String[] {"Әсел", "asel"}, new String[] {"Ержан", "yerzhan"}, new String[] {"Жанар", "zhanar"},
            new String[] {"Ольга", "olga"}, new String[] {"Сергей", "sergey"}, new String[] {"Ақмарал", "akmaral"},
            new String[] {"Бауыржан", "baurzhan"}, new String[] {"Елена", "elena"}, new String[] {"Қанат", "kanat"},
            new String[] {"Мадина", "madina"}, new String[] {"Тимур", "timur"}, new String[] {"Ұлжан", "ulzhan"});
    private static final List<String[]> LAST = List.of(
            new String[] {"Демо-Сейітова", "seitova"}, new String[] {"Омаров", "omarov"},
            new String[] {"Бекұлы", "bekuly"}, new String[] {"Ким", "kim"}, new String[] {"Жұмабаева", "zhumabaeva"},
            new String[] {"Петренко", "petrenko"}, new String[] {"Қасымова", "kasymova"},
            new String[] {"Әбенов", "abenov"}, new String[] {"Иванова", "ivanova"}, new String[] {"Тұрсынов", "tursynov"},
            new String[] {"Ғабитқызы", "gabitkyzy"});
    private static final List<String> ORGANISATIONS = List.of("NGO Coalition against Torture (demo member)",
            "Regional human rights NGO «Адам құқығы» (demo)", "National Ombudsman Office, regional representative",
            "Lawyers’ association (demo)", "Правозащитный центр (демо)");
    private static final List<String> POSITIONS = List.of("NPM monitor", "Lawyer", "Project coordinator",
            "Маман", "Юрист", "Монитор НПМ");

    private final SeminarRepository seminars;
    private final RegistrationRepository registrations;
    private final RegionRepository regions;
    private final Seats seats;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoRegistrations(SeminarRepository seminars, RegistrationRepository registrations, RegionRepository regions,
            Seats seats, JdbcTemplate jdbc, Clock clock) {
        this.seminars = seminars;
        this.registrations = registrations;
        this.regions = regions;
        this.seats = seats;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void load() {
        if (registrations.count() > 0) {
            return;
        }
        var all = seminars.findAll();
        Map<String, Integer> confirmedByCity = Map.of("Astana", 52, "Almaty", 44);
        int person = 0;
        for (Seminar seminar : all) {
            var locked = seats.lock(seminar.getId());
            switch (seminar.getStatus()) {
                case COMPLETED -> person = completed(locked, confirmedByCity.getOrDefault(seminar.getCity(), 30), person);
                case PUBLISHED -> person = upcoming(locked, person);
                default -> {
                }
            }
            seats.updateCounters(locked);
        }
    }

    /** A 2013 seminar: everyone with a seat; most present on both days and certified. */
    private int completed(Seminar seminar, int count, int person) {
        Instant registered = seminar.getStartsAtUtc().minus(Duration.ofDays(20));
        LocalDate first = seminar.getStartsAt().toLocalDate();
        int days = (int) ChronoUnit.DAYS.between(first, seminar.getEndsAt().toLocalDate()) + 1;
        for (int i = 0; i < count; i++, person++) {
            var r = person(seminar, person, registered.plus(Duration.ofMinutes(37L * i)));
            seats.place(seminar, r, r.getCreatedAt());
            int present = i % 9 == 8 ? days - 1 : days;
            for (int d = 0; d < present; d++) {
                jdbc.update("insert into attendance (registration_id, attended_on, marked_at, marked_by) "
                        + "values (?, ?, ?, 'organiser')", r.getId(), first.plusDays(d),
                        StoredTime.of(seminar.getStartsAtUtc().plus(Duration.ofDays(d))));
            }
            if (present == days) {
                r.certificateIssued("NPM-%d-%04d-%06d".formatted(first.getYear(), seminar.getId(), r.getId()),
                        seminar.getEndsAtUtc().plus(Duration.ofDays(2)));
            }
        }
        return person;
    }

    /** An upcoming seminar: about half full; the small approval seminar full, with a waitlist and requests. */
    private int upcoming(Seminar seminar, int person) {
        var now = clock.instant();
        int capacity = seminar.getCapacity() == null ? 0 : seminar.getCapacity();
        int confirmed = seminar.isApprovalRequired() ? capacity + 3 : capacity / 2;
        for (int i = 0; i < confirmed; i++, person++) {
            var r = person(seminar, person, now.minus(Duration.ofHours(confirmed - i)));
            seats.place(seminar, r, r.getCreatedAt());
        }
        if (seminar.isApprovalRequired()) {
            for (int i = 0; i < 4; i++, person++) {
                person(seminar, person, now.minus(Duration.ofMinutes(30L * i))).awaitApproval(now);
            }
        }
        for (int i = 0; i < 2; i++, person++) {
            var r = new Registration(seminar, email(person), now.minus(Duration.ofHours(3)));
            r.fill(request(person, seminar), region(seminar, person));
            r.restart(now, now.plus(Duration.ofHours(45)), null);
            registrations.save(r);
        }
        return person;
    }

    private Registration person(Seminar seminar, int n, Instant at) {
        var r = new Registration(seminar, email(n), at);
        r.fill(request(n, seminar), region(seminar, n));
        r.restart(at, null, null);
        r.emailConfirmed(at);
        return registrations.save(r);
    }

    private static RegistrationRequest request(int n, Seminar seminar) {
        String[] first = FIRST.get(n % FIRST.size());
        String[] last = LAST.get((n / FIRST.size() + n) % LAST.size());
        Language language = switch (n % 3) {
            case 0 -> Language.KK;
            case 1 -> Language.RU;
            default -> Language.EN;
        };
        return new RegistrationRequest(first[0] + " " + last[0], email(n), ORGANISATIONS.get(n % ORGANISATIONS.size()),
                POSITIONS.get(n % POSITIONS.size()), null, language, n % 11 == 0 ? "Vegetarian meals" : null, true,
                n % 4 != 0, null, null);
    }

    private static String email(int n) {
        String[] first = FIRST.get(n % FIRST.size());
        String[] last = LAST.get((n / FIRST.size() + n) % LAST.size());
        return first[1] + "." + last[1] + "." + n + "@demo.example.kz";
    }

    private Region region(Seminar seminar, int n) {
        if (n % 3 != 0 && seminar.getRegion() != null) {
            return seminar.getRegion();
        }
        var all = regions.findAllByOrderBySortOrderAsc();
        return all.get(n % all.size());
    }
}
