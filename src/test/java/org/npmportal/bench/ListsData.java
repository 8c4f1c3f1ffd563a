package org.npmportal.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data of {@link ListsBench}, written with plain multi-row SQL (fast on H2 and on MariaDB without driver
 * settings): 10,000 seminars over six years in many cities, regions and partners, 200,000 registrations of
 * which about half belong to a few popular seminars with thousands each, attendance for completed seminars,
 * and a selection round of 5,000 candidates. Statuses are mixed as a real portal's would be; nothing is due
 * for the portal's own jobs (no reminder within the next days, no confirmation or offer that expires), so the
 * data stay as written while they are measured.
 */
final class ListsData {

    static final int SEMINARS = 10_000;
    static final int REGISTRATIONS = 200_000;
    static final int CANDIDATES = 5_000;
    static final int POPULAR_SEMINARS = 25;
    /** Marks the bench's seminars and round, so that their ids can be read back. */
    static final String MARKER = "bench-lists";

    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final int ROWS_PER_STATEMENT = 500;
    private static final String[] CITIES = {"Astana", "Almaty", "Shymkent", "Karaganda", "Aktobe", "Taraz",
        "Pavlodar", "Oskemen", "Semey", "Atyrau", "Kostanay", "Kyzylorda", "Oral", "Petropavl", "Aktau",
        "Temirtau", "Turkistan", "Kokshetau", "Taldykorgan", "Ekibastuz", "Rudny", "Zhezkazgan", "Balkhash",
        "Konaev", "Satpaev", "Kentau", "Ridder", "Stepnogorsk", "Aral", "Zhanaozen"};
    private static final String[] TOPICS = {"Monitoring places of detention", "Prevention of torture",
        "Interviewing detainees", "Documenting ill-treatment", "Rights of women in prisons",
        "Juvenile justice and detention", "Psychiatric institutions", "Reporting and recommendations",
        "Istanbul Protocol", "Health care in custody", "Мониторинг мест лишения свободы",
        "Предупреждение пыток", "Азаптауды болдырмау", "Human rights of persons with disabilities",
        "Police custody visits", "Follow-up of NPM recommendations"};
    private static final String[] KINDS = {"workshop", "training", "round table", "seminar", "refresher course"};
    private static final String[] FIRST_NAMES = {"Aigerim", "Dana", "Aliya", "Saule", "Madina", "Asel", "Zhanna",
        "Gulnara", "Aruzhan", "Elena", "Olga", "Nurlan", "Yerlan", "Daniyar", "Askar", "Marat", "Timur", "Arman",
        "Sergey", "Dmitry", "Айгерим", "Нурлан", "Ерлан", "Асель", "Дана", "Ольга", "Сергей", "Тимур"};
    private static final String[] LAST_NAMES = {"Abenova", "Nurpeisova", "Seitkali", "Zhaksybekova", "Ivanova",
        "Petrova", "Kim", "Omarov", "Suleimenov", "Akhmetov", "Bekov", "Karimov", "Smagulov", "Tulegenov",
        "Абенова", "Иванова", "Омаров", "Сулейменов", "Ахметов", "Ким", "Тулегенов", "Жаксыбекова"};
    private static final String[] ORGANISATIONS = {"Ombudsman Office", "Kadir-Kasiet", "Bureau for Human Rights",
        "Charter for Human Rights", "Legal Policy Research Centre", "Dignity", "Sana Sezim", "Zhan Research",
        "Regional Bar Association", "Public Monitoring Commission", "Coalition against Torture", "Kuqyq",
        "Ministry of Health", "Prosecutor's Office", "Penal Reform International", "Amanat", "Adil Soz",
        "Feminist League", "Eurasia Foundation", "Soros Foundation"};

    private final JdbcTemplate jdbc;
    private final SplittableRandom random;
    private final Instant now;

    ListsData(JdbcTemplate jdbc, SplittableRandom random, Instant now) {
        this.jdbc = jdbc;
        this.random = random;
        this.now = now;
    }

    /** What was written, for the scenarios to filter by. */
    record Written(List<Long> seminars, List<Long> popularSeminars, List<Long> regions, List<Long> partners,
            List<String> cities, long round) {
    }

    Written write() {
        var regions = jdbc.queryForList("select id from region order by id", Long.class);
        var partners = writePartners();
        var plans = new ArrayList<SeminarPlan>();
        int popularLeft = POPULAR_SEMINARS;
        int registrationsLeft = REGISTRATIONS;
        for (int i = 0; i < SEMINARS; i++) {
            var plan = plan(i, regions, partners);
            if (plan.status.equals("DRAFT")) {
                plan.registrations = 0;
            } else if (popularLeft > 0 && i % (SEMINARS / POPULAR_SEMINARS) == 7) {
                plan.registrations = 2_000 + random.nextInt(6_000);
                popularLeft--;
            } else {
                plan.registrations = random.nextInt(21);
            }
            plans.add(plan);
        }
        // Scales the ordinary seminars so that the total is exactly REGISTRATIONS.
        int popularTotal = plans.stream().filter(p -> p.registrations >= 2_000).mapToInt(p -> p.registrations).sum();
        registrationsLeft -= popularTotal;
        var ordinary = plans.stream().filter(p -> p.registrations > 0 && p.registrations < 2_000).toList();
        int ordinaryTotal = ordinary.stream().mapToInt(p -> p.registrations).sum();
        int assigned = 0;
        for (var plan : ordinary) {
            plan.registrations = (int) ((long) plan.registrations * registrationsLeft / ordinaryTotal);
            assigned += plan.registrations;
        }
        for (int i = 0; assigned < registrationsLeft; i++, assigned++) {
            ordinary.get(i % ordinary.size()).registrations++;
        }
        var ids = writeSeminars(plans);
        writeRegistrations(plans, ids, regions);
        long round = writeCandidates(regions);
        var popular = new ArrayList<Long>();
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).registrations >= 2_000) {
                popular.add(ids.get(i));
            }
        }
        return new Written(ids, popular, regions, partners, List.of(CITIES), round);
    }

    private List<Long> writePartners() {
        var rows = new ArrayList<Object[]>();
        String[] kinds = {"NGO", "NGO", "NGO", "STATE_BODY", "INTERNATIONAL_ORGANISATION", "DONOR", "OTHER"};
        for (int i = 0; i < 80; i++) {
            rows.add(new Object[] {0, "Bench partner " + i + " (" + ORGANISATIONS[i % ORGANISATIONS.length] + ")",
                    "BP" + i, kinds[i % kinds.length]});
        }
        insert("organisation", "version, name, acronym, kind", rows);
        return jdbc.queryForList("select id from organisation where name like 'Bench partner %' order by id",
                Long.class);
    }

    private static final class SeminarPlan {
        final Object[] row;
        final boolean future;
        final String status;
        final LocalDateTime startsAt;
        final int capacity;
        final List<Long> partners;
        int registrations;

        SeminarPlan(Object[] row, boolean future, String status, LocalDateTime startsAt, int capacity,
                List<Long> partners) {
            this.row = row;
            this.future = future;
            this.status = status;
            this.startsAt = startsAt;
            this.capacity = capacity;
            this.partners = partners;
        }
    }

    private SeminarPlan plan(int i, List<Long> regions, List<Long> partners) {
        // Four years back and two ahead; the days just ahead are left free, so that no reminder falls due.
        long days = -4 * 365 + random.nextInt(6 * 365);
        if (days > -2 && days < 10) {
            days += 12;
        }
        var start = LocalDateTime.ofInstant(now, ZONE).truncatedTo(ChronoUnit.DAYS).plusDays(days).plusHours(9);
        var end = start.plusDays(random.nextInt(3)).withHour(17);
        boolean future = start.isAfter(LocalDateTime.ofInstant(now, ZONE));
        String status;
        int pick = random.nextInt(100);
        if (future) {
            status = pick < 25 ? "DRAFT" : pick < 75 ? "PUBLISHED" : pick < 90 ? "REGISTRATION_CLOSED" : "CANCELLED";
        } else {
            status = pick < 85 ? "COMPLETED" : pick < 95 ? "CANCELLED" : "REGISTRATION_CLOSED";
        }
        int cityIndex = random.nextInt(CITIES.length);
        String format = switch (random.nextInt(5)) {
            case 0 -> "ONLINE";
            case 1 -> "HYBRID";
            default -> "IN_PERSON";
        };
        int capacity = 20 + random.nextInt(9) * 10;
        var chosenPartners = new ArrayList<Long>();
        for (int k = random.nextInt(4); k > 0; k--) {
            long partner = partners.get(random.nextInt(partners.size()));
            if (!chosenPartners.contains(partner)) {
                chosenPartners.add(partner);
            }
        }
        String title = TOPICS[random.nextInt(TOPICS.length)] + ": " + KINDS[random.nextInt(KINDS.length)] + " "
                + (i + 1);
        var created = start.minusDays(30 + random.nextInt(60));
        Object[] row = {0, title, MARKER, "Monitors and NGO staff", format, CITIES[cityIndex],
            regions.get(cityIndex % regions.size()), "Venue " + random.nextInt(200), "Asia/Almaty", start, end,
            start.atZone(ZONE).toInstant(), end.atZone(ZONE).toInstant(), capacity,
            created.plusDays(1), start.minusDays(3), random.nextInt(6) == 0, status,
            partners.get(random.nextInt(partners.size())), 0, 0,
            created.atZone(ZONE).toInstant(), created.atZone(ZONE).toInstant()};
        return new SeminarPlan(row, future, status, start, capacity, chosenPartners);
    }

    private List<Long> writeSeminars(List<SeminarPlan> plans) {
        insert("seminar", """
                version, title, description, audience, format, city, region_id, venue_name, time_zone, starts_at,
                ends_at, starts_at_utc, ends_at_utc, capacity, registration_opens, registration_closes,
                approval_required, status, lead_organiser_id, seats_taken, waitlist_length, created_at, updated_at""",
                plans.stream().map(p -> p.row).toList());
        var ids = jdbc.queryForList("select id from seminar where description = ? order by id", Long.class, MARKER);
        var partnerRows = new ArrayList<Object[]>();
        for (int i = 0; i < plans.size(); i++) {
            var plan = plans.get(i);
            for (int k = 0; k < plan.partners.size(); k++) {
                partnerRows.add(new Object[] {ids.get(i), plan.partners.get(k), k == 0 ? "CO_ORGANISER" : "SUPPORTER",
                        k});
            }
        }
        insert("seminar_partner", "seminar_id, organisation_id, role, position", partnerRows);
        return ids;
    }

    private void writeRegistrations(List<SeminarPlan> plans, List<Long> ids, List<Long> regions) {
        var rows = new ArrayList<Object[]>();
        var attendance = new ArrayList<Object[]>();
        var counters = new ArrayList<Object[]>();
        long person = 0;
        for (int i = 0; i < plans.size(); i++) {
            var plan = plans.get(i);
            long seminar = ids.get(i);
            int seats = 0;
            int waitlist = 0;
            var statuses = statuses(plan);
            for (String status : statuses) {
                person++;
                var created = plan.startsAt.minusDays(1 + random.nextInt(40)).minusMinutes(random.nextInt(1440))
                        .atZone(ZONE).toInstant();
                boolean confirmed = !status.equals("PENDING") && !status.equals("EXPIRED");
                boolean seated = status.equals("CONFIRMED") || status.equals("OFFERED");
                seats += seated ? 1 : 0;
                Integer waitlistNumber = status.equals("WAITLISTED") ? ++waitlist : null;
                String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                Instant later = now.plus(30, ChronoUnit.DAYS);
                rows.add(new Object[] {0, seminar, "p" + person + "@example.kz", first + " " + last,
                    random.nextInt(5) == 0 ? null : ORGANISATIONS[random.nextInt(ORGANISATIONS.length)],
                    random.nextInt(3) == 0 ? null : "Monitor", regions.get(random.nextInt(regions.size())),
                    new String[] {"RU", "KK", "EN"}[random.nextInt(3)], random.nextInt(8) == 0 ? "Wheelchair" : null,
                    true, random.nextBoolean(), status, waitlistNumber, created, created,
                    status.equals("PENDING") ? later : null,
                    confirmed ? created.plus(2, ChronoUnit.HOURS) : null,
                    seated ? created.plus(2, ChronoUnit.HOURS) : null,
                    status.equals("OFFERED") ? later : null});
                if (plan.status.equals("COMPLETED") && status.equals("CONFIRMED") && random.nextInt(10) > 0) {
                    attendance.add(new Object[] {person, plan.startsAt.toLocalDate(), created, "organiser"});
                }
            }
            if (seats + waitlist > 0) {
                counters.add(new Object[] {seats, waitlist, seminar});
            }
            if (rows.size() >= 20_000) {
                writeRegistrationRows(rows, attendance);
            }
        }
        writeRegistrationRows(rows, attendance);
        jdbc.batchUpdate("update seminar set seats_taken = ?, waitlist_length = ? where id = ?", counters);
    }

    /** Registrations ids are known only once written; attendance refers to them by their place in the batch. */
    private void writeRegistrationRows(List<Object[]> rows, List<Object[]> attendance) {
        if (rows.isEmpty()) {
            return;
        }
        long firstEmail = Long.parseLong(((String) rows.getFirst()[2]).substring(1).split("@")[0]);
        insert("registration", """
                version, seminar_id, email, full_name, organisation, job_position, region_id, language, needs,
                consent_processing, consent_listing, status, waitlist_number, created_at, updated_at, confirm_by,
                email_confirmed_at, seated_at, offer_expires_at""", rows);
        if (!attendance.isEmpty()) {
            long firstId = jdbc.queryForObject("select id from registration where email = ?", Long.class,
                    "p" + firstEmail + "@example.kz");
            for (var row : attendance) {
                row[0] = firstId + ((Long) row[0] - firstEmail);
            }
            insert("attendance", "registration_id, attended_on, marked_at, marked_by", attendance);
        }
        rows.clear();
        attendance.clear();
    }

    /** A mix of statuses that fits the seminar: past seminars have no one pending or waiting any more. */
    private List<String> statuses(SeminarPlan plan) {
        var statuses = new ArrayList<String>(plan.registrations);
        int seats = plan.capacity;
        for (int k = 0; k < plan.registrations; k++) {
            int pick = random.nextInt(100);
            String status;
            if (plan.status.equals("CANCELLED")) {
                status = "CANCELLED";
            } else if (!plan.future) {
                status = pick < 75 && seats > 0 ? "CONFIRMED" : pick < 85 ? "CANCELLED" : pick < 93 ? "EXPIRED"
                        : "REJECTED";
            } else if (pick < 8) {
                status = "PENDING";
            } else if (pick < 12) {
                status = "AWAITING_APPROVAL";
            } else if (pick < 20) {
                status = "CANCELLED";
            } else if (pick < 24) {
                status = "EXPIRED";
            } else if (pick < 26) {
                status = "REJECTED";
            } else if (seats > 0) {
                status = seats == 1 && pick < 50 ? "OFFERED" : "CONFIRMED";
            } else {
                status = "WAITLISTED";
            }
            if (status.equals("CONFIRMED") || status.equals("OFFERED")) {
                seats--;
            }
            statuses.add(status);
        }
        Collections.shuffle(statuses, new java.util.Random(random.nextLong()));
        return statuses;
    }

    private long writeCandidates(List<Long> regions) {
        var created = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        jdbc.update("""
                insert into selection_round (version, title, programme, round_year, description, phase, time_zone,
                    total_seats, reserve_size, minimum_ratings, discuss_threshold, blind_rating, scores_after_submit,
                    created_at, updated_at)
                values (0, 'Bench lists round', 'Bench', 2031, ?, 'APPLICATIONS', 'Asia/Almaty', 112, 20, 2, 15,
                    false, false, ?, ?)""", MARKER, created, created);
        long round = jdbc.queryForObject("select id from selection_round where description = ?", Long.class, MARKER);
        var rows = new ArrayList<Object[]>();
        for (int c = 1; c <= CANDIDATES; c++) {
            int pick = random.nextInt(100);
            String status = pick < 10 ? "UNCONFIRMED" : pick < 92 ? "ACTIVE" : "WITHDRAWN";
            String source = status.equals("UNCONFIRMED") ? "APPLICATION"
                    : new String[] {"APPLICATION", "ADDED", "IMPORTED"}[random.nextInt(3)];
            var at = now.minus(random.nextInt(60 * 1440), ChronoUnit.MINUTES);
            rows.add(new Object[] {0, round, "C-" + c, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                    + LAST_NAMES[random.nextInt(LAST_NAMES.length)], "c" + c + "@example.kz", "+7 701 000 " + c,
                ORGANISATIONS[random.nextInt(ORGANISATIONS.length)], regions.get(random.nextInt(regions.size())),
                "Russian, Kazakh", "Five years of monitoring closed institutions.", "I want to prevent torture.",
                "RU", random.nextBoolean(), source, status, at, status.equals("UNCONFIRMED") ? null : at.plus(1, ChronoUnit.HOURS),
                status.equals("UNCONFIRMED") ? now.plus(30, ChronoUnit.DAYS) : null});
        }
        insert("selection_candidate", """
                version, round_id, code, full_name, email, phone, organisation, region_id, languages, experience,
                motivation, language, share_contacts, source, status, created_at, confirmed_at, confirm_by""", rows);
        jdbc.update("""
                insert into selection_cv (candidate_id, file_name, size_bytes, content, uploaded_at)
                select id, 'cv.pdf', 4, ?, created_at from selection_candidate
                where round_id = ? and mod(id, 3) = 0""", new byte[] {'%', 'P', 'D', 'F'}, round);
        return round;
    }

    /** Instants are stored as UTC date-times, as the portal's Hibernate setting has them. */
    private static Object utc(Object value) {
        return value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }

    /** Many rows per statement and many statements per batch: fast on both databases without driver settings. */
    private void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.getFirst().length;
        String tuple = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = "insert into " + table + " (" + columns + ") values "
                    + String.join(", ", Collections.nCopies(chunk.size(), tuple));
            jdbc.update(sql, chunk.stream().flatMap(Arrays::stream).map(ListsData::utc).toArray());
        }
    }
}
