package org.npmportal.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.npmportal.base.DemoData;
import org.npmportal.base.StoredTime;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;
import org.npmportal.directory.RegionRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;

/**
 * Two selection rounds, made through the same services organisers and the commission use:
 * "NPM monitors 2014", published, whose 112 selected candidates fill the 2014 roster (through
 * {@link SelectionPublished}); and "NPM monitors 2015", in the rating phase with 150 candidates across the
 * regions, many of them 2014 monitors, and the three demo commission members part-way through. Candidates
 * who attended the 2013 seminars apply with the same address, so their history shows. People are
 * fictional; scores are drawn from a seeded generator with lenient and harsh raters, so the figures are the
 * same on every machine. Bulk scores are written in batches, as a rating screen would have left them.
 */
@Component
@Profile("demo")
@Order(40)
class DemoSelection implements DemoData {

    static final String PROGRAMME = "NPM monitors";
    static final String TITLE_2014 = "NPM monitors 2014";
    static final String TITLE_2015 = "NPM monitors 2015";
    private static final int SEATS_PER_REGION = 4;
    private static final int TOTAL_SEATS = 112;

    private static final List<String> FIRST = List.of("Айгерім", "Ерлан", "Дина", "Нұрлан", "Гүлнар", "Марат",
            "Әсел", "Ержан", "Жанар", "Ольга", "Сергей", "Ақмарал", "Бауыржан", "Елена", "Қанат", "Мадина", "Тимур",
            "Ұлжан", "Асқар", "Динара", "Виктор", "Салтанат", "Руслан", "Меруерт");
    private static final List<String> LAST = List.of("Сәрсенбаева", "Ахметов", "Ли", "Нұрмағанбетов", "Кузнецова",
            "Оспанов", "Жақыпова", "Ким", "Байжанов", "Исмаилова", "Павленко", "Қуанышев", "Әлиева", "Смағұлов",
            "Морозова", "Есенов", "Тоқтарова", "Шевченко", "Мұратов", "Абдрахманова");
    private static final List<String> ORGANISATIONS = List.of("Kazakhstan International Bureau for Human Rights (demo)",
            "Коалиция НПО против пыток (демо)", "«Адам құқығы» қоғамдық бірлестігі (демо)",
            "Regional human rights centre (demo)", "Правозащитный центр «Әділет» (демо)",
            "Association of lawyers (demo)", "Independent psychologists' network (demo)");
    private static final List<String> LANGUAGES = List.of("Kazakh, Russian", "Russian", "Kazakh, Russian, English",
            "Russian, English", "Kazakh, Russian, Uzbek");

    private final SelectionService rounds;
    private final ResultsService results;
    private final SelectionRoundRepository roundRepository;
    private final CandidateRepository candidates;
    private final RegionRepository regions;
    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy security;

    DemoSelection(SelectionService rounds, ResultsService results, SelectionRoundRepository roundRepository,
            CandidateRepository candidates, RegionRepository regions, JdbcTemplate jdbc,
            SecurityContextHolderStrategy security) {
        this.rounds = rounds;
        this.results = results;
        this.roundRepository = roundRepository;
        this.candidates = candidates;
        this.regions = regions;
        this.jdbc = jdbc;
        this.security = security;
    }

    @Override
    public void load() {
        if (roundRepository.findByTitle(TITLE_2014).isPresent()) {
            return;
        }
        var previous = security.getContext();
        try {
            var regionList = regions.findAllByOrderBySortOrderAsc();
            var people2014 = people2014(regionList);
            long round2014 = round2014(regionList, people2014);
            round2015(regionList, selectedOf(round2014));
        } finally {
            security.setContext(previous);
        }
    }

    // ---- 2014: published ----

    private long round2014(List<Region> regionList, List<Person> people) {
        long id = setUp(TITLE_2014, 2014, LocalDate.of(2013, 12, 2), LocalDate.of(2013, 12, 27), false, regionList,
                "The first yearly team of NGO monitors for the National Preventive Mechanism, selected after the "
                        + "November 2013 seminars in Astana and Almaty.");
        addCandidates(id, people, Instant.parse("2013-12-10T06:00:00Z"));
        as("organiser", "ORGANISER", () -> rounds.changePhase(id, RoundPhase.RATING));
        var members = memberIds(id);
        var random = new Random(2014);
        var conflicts = Map.of(members.get(0), Set.of(3, 57), members.get(2), Set.of(88));
        rateAll(id, members, random, 1.0, 1.0, 1.0, conflicts, Instant.parse("2014-01-08T05:00:00Z"));
        jdbc.update("update selection_member set submitted_at = ? where round_id = ?",
                StoredTime.of(Instant.parse("2014-01-20T12:00:00Z")), id);
        as("commission1", "COMMISSION", () -> rounds.changePhase(id, RoundPhase.DELIBERATION));
        var decided = as("commission1", "COMMISSION", () -> results.decide(id));
        var lastSelected = decided.rows().stream().filter(r -> r.outcome() == Outcome.SELECTED)
                .reduce((first, second) -> second).orElseThrow();
        var firstReserve = decided.rows().stream().filter(r -> r.outcome() == Outcome.RESERVE).findFirst()
                .orElseThrow();
        as("commission1", "COMMISSION", () -> results.override(id, lastSelected.candidateId(), Outcome.RESERVE,
                "The candidate told the commission during deliberation that she cannot take up monitoring before "
                        + "June 2014; moved to the reserve list at her request."));
        as("commission1", "COMMISSION", () -> results.override(id, firstReserve.candidateId(), Outcome.SELECTED,
                "Takes the seat freed by the candidate moved to the reserve list, as first on that list."));
        as("commission1", "COMMISSION", () -> results.publish(id));
        backDate(id, Instant.parse("2014-01-24T10:00:00Z"), Instant.parse("2014-01-31T09:00:00Z"));
        return id;
    }

    // ---- 2015: rating under way ----

    private void round2015(List<Region> regionList, List<Person> monitors2014) {
        long id = setUp(TITLE_2015, 2015, LocalDate.of(2014, 12, 1), LocalDate.of(2014, 12, 26), true, regionList,
                "The 2015 team. Monitors of 2014 may apply again; their 2014 membership is shown to the commission.");
        var people = new ArrayList<Person>();
        for (int i = 0; i < monitors2014.size() && people.size() < 78; i += 1) {
            if (i % 3 != 2) {
                people.add(monitors2014.get(i));
            }
        }
        int n = 500;
        while (people.size() < 150) {
            var region = regionList.get(people.size() % regionList.size());
            people.add(fictional(n++, region.getId()));
        }
        addCandidates(id, people, Instant.parse("2014-12-08T06:00:00Z"));
        as("organiser", "ORGANISER", () -> rounds.changePhase(id, RoundPhase.RATING));
        var members = memberIds(id);
        var conflicts = Map.of(members.get(0), Set.of(12, 40), members.get(1), Set.of(7), members.get(2), Set.of(99));
        rateAll(id, members, new Random(2015), 0.62, 0.37, 0.81, conflicts, Instant.parse("2015-01-12T05:00:00Z"));
    }

    // ---- set-up through the services ----

    private long setUp(String title, int year, LocalDate open, LocalDate close, boolean scoresAfterSubmit,
            List<Region> regionList, String description) {
        return as("organiser", "ORGANISER", () -> {
            var round = new SelectionRound();
            round.setTitle(title);
            round.setProgramme(PROGRAMME);
            round.setYear(year);
            round.setDescription(description);
            round.setApplicationsOpen(open);
            round.setApplicationsClose(close);
            round.setTotalSeats(TOTAL_SEATS);
            round.setReserveSize(10);
            round.setMinimumRatings(2);
            round.setDiscussThreshold(new BigDecimal("15"));
            round.setScoresAfterSubmit(scoresAfterSubmit);
            var seats = new HashMap<Long, Integer>();
            regionList.forEach(region -> seats.put(region.getId(), SEATS_PER_REGION));
            round.setSeatsByRegion(seats);
            long id = rounds.save(round).getId();
            rounds.replaceCriteria(id, criteria());
            rounds.setCommission(id, Set.of(userId("commission1"), userId("commission2"), userId("commission3")),
                    userId("commission1"));
            rounds.changePhase(id, RoundPhase.APPLICATIONS_OPEN);
            return id;
        });
    }

    private static List<RatingCriterion> criteria() {
        return List.of(
                new RatingCriterion("Monitoring experience", "Visits to places of detention, reports written, "
                        + "work with detainees' complaints.", new BigDecimal("3"), 1, 5, Map.of(
                                1, "No monitoring experience", 2, "Has taken part in one or two visits",
                                3, "Regular visits as a team member", 4, "Has led visits and written reports",
                                5, "Long experience, trains other monitors")),
                new RatingCriterion("Legal knowledge", "OPCAT, the Convention against Torture, national law on "
                        + "places of detention.", new BigDecimal("2"), 1, 5, Map.of(
                                1, "None", 3, "Knows the main standards", 5, "Applies them confidently in reports")),
                new RatingCriterion("Independence from the authorities", "No employment or close ties with bodies "
                        + "that run places of detention.", new BigDecimal("3"), 1, 5, Map.of(
                                1, "Works for a supervised body", 3, "Past ties, now independent",
                                5, "Fully independent")),
                new RatingCriterion("Regional presence", "Lives and works in the region; can reach its institutions.",
                        BigDecimal.ONE, 0, 10, Map.of(0, "Outside the region", 5, "In the regional centre",
                                10, "Covers the whole region")),
                new RatingCriterion("Languages", "Kazakh and Russian for interviews; others are a plus.",
                        BigDecimal.ONE, 1, 5, Map.of(1, "One language only", 3, "Kazakh and Russian",
                                5, "Kazakh, Russian and another language")));
    }

    private void addCandidates(long roundId, List<Person> people, Instant appliedAt) {
        int code = 0;
        for (var person : people) {
            var c = new Candidate();
            c.setRoundId(roundId);
            c.setCode("C-%03d".formatted(++code));
            c.setFullName(person.name());
            c.setEmail(person.email());
            c.setPhone("+7 70" + (1 + code % 8) + " " + (100 + code * 7 % 900) + " " + (10 + code % 90) + " "
                    + (10 + code * 3 % 90));
            c.setOrganisation(ORGANISATIONS.get(code % ORGANISATIONS.size()));
            c.setRegionId(person.regionId());
            c.setLanguages(LANGUAGES.get(code % LANGUAGES.size()));
            c.setExperience(person.experience());
            c.setMotivation("I want to help prevent ill-treatment in places of detention in my region and to "
                    + "share what I learn with the other monitors.");
            c.setLanguage(code % 3 == 0 ? Language.KK : code % 3 == 1 ? Language.RU : Language.EN);
            c.setShareContacts(code % 5 != 0);
            c.setSource(code % 4 == 0 ? CandidateSource.IMPORTED : CandidateSource.APPLICATION);
            c.setStatus(CandidateStatus.ACTIVE);
            c.setCreatedAt(appliedAt.plusSeconds(code * 3_600L));
            c.setConfirmedAt(appliedAt.plusSeconds(code * 3_600L + 600));
            candidates.save(c);
        }
        candidates.flush();
    }

    /**
     * Declarations and scores for every member: each candidate has a quality, each rater a leniency; a member
     * rates the given share of the candidates (in code order, as the rating screen offers them), declares a
     * conflict for the listed candidate numbers and leaves one file half done when they stop early.
     */
    private void rateAll(long roundId, List<Long> members, Random random, double share0, double share1,
            double share2, Map<Long, Set<Integer>> conflicts, Instant from) {
        var round = roundRepository.findById(roundId).orElseThrow();
        var criteria = round.getCriteria();
        var ids = jdbc.queryForList("select id from selection_candidate where round_id = ? order by code", Long.class,
                roundId);
        double[] quality = ids.stream().mapToDouble(id -> 0.15 + 0.8 * random.nextDouble()).toArray();
        double[] leniency = {-0.06, 0.09, 0.0};
        double[] share = {share0, share1, share2};
        var declarations = new ArrayList<Object[]>();
        var scores = new ArrayList<Object[]>();
        var changes = new ArrayList<Object[]>();
        var usernames = List.of("commission1", "commission2", "commission3");
        for (int m = 0; m < members.size(); m++) {
            long member = members.get(m);
            int done = (int) Math.round(ids.size() * share[m]);
            var conflicted = conflicts.getOrDefault(member, Set.of());
            Instant at = from.plusSeconds(m * 3_600L);
            for (int i = 0; i < ids.size() && i <= done; i++) {
                long candidate = ids.get(i);
                at = at.plusSeconds(240 + random.nextInt(600));
                if (conflicted.contains(i)) {
                    declarations.add(new Object[] {roundId, candidate, member, true,
                            "Knows the candidate personally from joint NGO work", StoredTime.of(at)});
                    continue;
                }
                declarations.add(new Object[] {roundId, candidate, member, false, null, StoredTime.of(at)});
                int criteriaToScore = i == done ? 2 : criteria.size();
                for (int k = 0; k < criteriaToScore; k++) {
                    var criterion = criteria.get(k);
                    double level = quality[i] + leniency[m] + random.nextGaussian() * 0.12;
                    int span = criterion.getScaleMax() - criterion.getScaleMin();
                    int value = criterion.getScaleMin()
                            + (int) Math.round(Math.max(0, Math.min(1, level)) * span);
                    String comment = k == 0 && random.nextInt(6) == 0 ? "Interviewed detainees during 2013 visits" : null;
                    scores.add(new Object[] {roundId, candidate, criterion.getId(), member, value, comment,
                            StoredTime.of(at)});
                    changes.add(new Object[] {roundId, candidate, criterion.getId(), member, value, comment,
                            usernames.get(m), StoredTime.of(at)});
                }
            }
        }
        jdbc.batchUpdate("""
                insert into selection_declaration (round_id, candidate_id, member_id, conflict, reason, declared_at)
                values (?, ?, ?, ?, ?, ?)""", declarations);
        jdbc.batchUpdate("""
                insert into selection_score (round_id, candidate_id, criterion_id, member_id, score, comment, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""", scores);
        jdbc.batchUpdate("""
                insert into selection_score_change (round_id, candidate_id, criterion_id, member_id, old_score,
                    new_score, old_comment, new_comment, changed_by, changed_at)
                values (?, ?, ?, ?, null, ?, null, ?, ?, ?)""", changes);
    }

    private void backDate(long roundId, Instant decided, Instant published) {
        var decidedAt = StoredTime.of(decided);
        var publishedAt = StoredTime.of(published);
        jdbc.update("""
                update selection_round set created_at = ?, updated_at = ?, decided_at = ?, published_at = ?
                where id = ?""", StoredTime.of(Instant.parse("2013-11-30T09:00:00Z")), publishedAt, decidedAt,
                publishedAt, roundId);
        jdbc.update("update selection_override set decided_at = ? where round_id = ?", decidedAt, roundId);
        // The 2014 results went out in January 2014; the demo must not send 140 of them at every start.
        jdbc.update("""
                update mail_outbox set status = 'SENT', attempts = 1, created_at = ?, next_attempt_at = ?, sent_at = ?
                where purpose like 'selection.result.%' and status = 'PENDING'
                  and reference_id in (select id from selection_candidate where round_id = ?)""",
                publishedAt, publishedAt, publishedAt, roundId);
    }

    // ---- people ----

    record Person(String name, String email, long regionId, String experience) {
    }

    /**
     * 140 applicants for 2014, seven per region: first the people who attended the November 2013 seminars
     * (same address, so the commission sees that they were trained), then fictional ones.
     */
    private List<Person> people2014(List<Region> regionList) {
        var byRegion = new LinkedHashMap<Long, List<Person>>();
        regionList.forEach(region -> byRegion.put(region.getId(), new ArrayList<>()));
        var attendees = jdbc.queryForList("""
                select distinct r.full_name, r.email, r.region_id from registration r
                join attendance a on a.registration_id = r.id
                where r.region_id is not null order by r.email""");
        for (var row : attendees) {
            var list = byRegion.get(((Number) row.get("region_id")).longValue());
            if (list != null && list.size() < 3) {
                list.add(new Person((String) row.get("full_name"), (String) row.get("email"),
                        ((Number) row.get("region_id")).longValue(),
                        "Took part in the NPM seminar of November 2013; has visited temporary detention facilities."));
            }
        }
        int n = 0;
        for (var entry : byRegion.entrySet()) {
            while (entry.getValue().size() < 7) {
                entry.getValue().add(fictional(n++, entry.getKey()));
            }
        }
        return byRegion.values().stream().flatMap(List::stream).toList();
    }

    private static Person fictional(int n, long regionId) {
        String first = FIRST.get(n % FIRST.size());
        String last = LAST.get((n / FIRST.size() + n * 7) % LAST.size());
        return new Person(first + " " + last, "candidate" + n + "@ngo.demo.example.kz", regionId,
                n % 4 == 0 ? "New to monitoring; lawyer at a legal aid clinic."
                        : n % 4 == 1 ? "Public monitoring commission member since 2011, about 20 visits."
                                : n % 4 == 2 ? "Psychologist; has interviewed people in pre-trial detention."
                                        : "Journalist writing on prison conditions; joined visits as an observer.");
    }

    private List<Person> selectedOf(long roundId) {
        return jdbc.query("""
                select c.full_name, c.email, c.region_id, c.experience from selection_candidate c
                join selection_decision d on d.candidate_id = c.id
                where c.round_id = ? and d.outcome = 'SELECTED' order by d.final_rank""",
                (rs, i) -> new Person(rs.getString(1), rs.getString(2), rs.getLong(3),
                        "NPM monitor in 2014. " + rs.getString(4)),
                roundId);
    }

    private List<Long> memberIds(long roundId) {
        return jdbc.queryForList("""
                select m.id from selection_member m join app_user u on u.id = m.user_id
                where m.round_id = ? order by u.username""", Long.class, roundId);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private <T> T as(String username, String role, Supplier<T> step) {
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role))));
        return step.get();
    }
}
