package org.npmportal.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.npmportal.base.i18n.Language;
import org.npmportal.security.StaffMember;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small selection round made through the services by the people who would make it: the demo organiser
 * sets it up, and the three demo commission members (commission1 chairs) declare and score. Candidates are
 * saved straight through the repository, active, with codes C-001…, until the candidate service exists.
 *
 * <p>The round: 3 seats, one reserved each for Astana, Almaty and Shymkent, a reserve list of 1, at least 2
 * ratings, discussion above a standard deviation of 15. Criteria: "Monitoring experience" (weight 3, 1–5)
 * and "Legal knowledge" (weight 1.5, 0–10), so a rater's total is
 * {@code 100 · (3 · (e − 1)/4 + 1.5 · l/10) / 4.5}. Scores and the totals they give, by rater
 * (commission1, commission2, commission3):
 * <pre>
 *   C-001 Astana     (5,8) 93.333  (4,8) 76.667  (5,10) 100     mean 90     median 93.333  SD  9.813
 *   C-002 Astana     (3,6) 53.333  (4,6) 70      recused        mean 61.667 median 61.667  SD  8.333
 *   C-003 Almaty     (2,4) 30      (5,10) 100    (3,5) 50       mean 60     median 50      SD 29.439  discuss
 *   C-004 Karaganda  (4,6) 70      (4,4) 63.333  (4,8) 76.667   mean 70     median 70      SD  5.443
 *   C-005 Almaty     (3,5) 50      (3,5) 50      (5,4) 80       mean 60     median 50      SD 14.142
 * </pre>
 * Ranking: C-001, C-004, C-002, then C-003 and C-005 tied (=4). Proposal: Astana's seat to C-001, Almaty's
 * to C-003, Shymkent has no candidate, so its seat goes nationally to C-004; C-002 is the reserve and C-005
 * not selected.
 */
public final class ResultsFixture {

    public static final long ASTANA = 1;
    public static final long ALMATY = 2;
    public static final long SHYMKENT = 3;
    public static final long KARAGANDA = 12;
    public static final String ORGANISER = "organiser";
    public static final String CHAIR = "commission1";
    public static final String MEMBER = "commission2";
    public static final String RECUSED_MEMBER = "commission3";
    public static final String RECUSAL_REASON = "Worked with C-002 at the same NGO in 2013";
    public static final String EXPERIENCE = "Monitoring experience";
    public static final String LEGAL = "Legal knowledge";
    public static final String COMMENT = "Strong in criminal procedure law";

    /** Name, region and language of C-001 … C-005. */
    public static final List<Person> PEOPLE = List.of(
            new Person("Айгерім Сапарова", ASTANA, Language.KK),
            new Person("Бекзат Омаров", ASTANA, Language.RU),
            new Person("Vera Kim", ALMATY, Language.EN),
            new Person("Гүлнар Әлиева", KARAGANDA, Language.KK),
            new Person("Данияр Нұрғалиев", ALMATY, Language.RU));

    /** Experience and legal-knowledge scores per candidate, one pair per rater; null where recused. */
    private static final int[][][] SCORES = {
            {{5, 8}, {4, 8}, {5, 10}},
            {{3, 6}, {4, 6}, null},
            {{2, 4}, {5, 10}, {3, 5}},
            {{4, 6}, {4, 4}, {4, 8}},
            {{3, 5}, {3, 5}, {5, 4}}};
    private static final List<String> RATERS = List.of(CHAIR, MEMBER, RECUSED_MEMBER);

    public record Person(String fullName, long regionId, Language language) {
    }

    /** A round made by the fixture: its id, its candidates by code, and its criteria by name. */
    public record Round(long id, String title, String emailDomain, Map<String, Long> candidates,
            Map<String, Long> criteria) {

        public long candidate(String code) {
            return candidates.get(code);
        }
    }

    private final SelectionService rounds;
    private final RatingService rating;
    private final ResultsService results;
    private final CandidateRepository candidates;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;

    public ResultsFixture(ApplicationContext context) {
        this.rounds = context.getBean(SelectionService.class);
        this.rating = context.getBean(RatingService.class);
        this.results = context.getBean(ResultsService.class);
        this.candidates = context.getBean(CandidateRepository.class);
        this.users = context.getBean(UserDetailsService.class);
        this.security = context.getBean(SecurityContextHolderStrategy.class);
    }

    /** The round above, fully rated, in deliberation. */
    public Round inDeliberation(String title, boolean blind) {
        var round = rated(title, blind);
        as(ORGANISER, () -> rounds.changePhase(round.id(), RoundPhase.DELIBERATION));
        return round;
    }

    /** The round above, fully rated and decided by the chair. */
    public Round decided(String title, boolean blind) {
        var round = inDeliberation(title, blind);
        as(CHAIR, () -> results.decide(round.id()));
        return round;
    }

    /** The round above, fully rated, still in the rating phase. */
    public Round rated(String title, boolean blind) {
        var round = inRating(title, blind, PEOPLE.size());
        for (int rater = 0; rater < RATERS.size(); rater++) {
            int r = rater;
            as(RATERS.get(rater), () -> {
                for (int c = 0; c < PEOPLE.size(); c++) {
                    long candidate = round.candidate(code(c + 1));
                    int[] given = SCORES[c][r];
                    if (given == null) {
                        rating.declare(round.id(), candidate, true, RECUSAL_REASON);
                        continue;
                    }
                    rating.declare(round.id(), candidate, false, null);
                    if (c == 0 && r == 0) {
                        // A change of mind, so that the score history has an old and a new value.
                        rating.saveScore(round.id(), candidate, round.criteria().get(EXPERIENCE), 4, null);
                    }
                    rating.saveScore(round.id(), candidate, round.criteria().get(EXPERIENCE), given[0], null);
                    rating.saveScore(round.id(), candidate, round.criteria().get(LEGAL), given[1],
                            c == 2 && r == 1 ? COMMENT : null);
                }
                rating.submit(round.id());
                return null;
            });
        }
        return round;
    }

    /**
     * A round in the rating phase with {@code count} candidates C-001 …, the first five as in {@link #PEOPLE}
     * and any further ones in Karaganda; nobody has rated yet.
     */
    public Round inRating(String title, boolean blind, int count) {
        String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
        String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
        return as(ORGANISER, () -> {
            var draft = new SelectionRound();
            draft.setTitle(unique);
            draft.setProgramme("NPM monitors");
            draft.setYear(2015);
            draft.setDescription("Monitors of places of detention for 2015.");
            draft.setApplicationsOpen(LocalDate.of(2014, 11, 1));
            draft.setApplicationsClose(LocalDate.of(2014, 11, 30));
            draft.setTotalSeats(3);
            draft.setReserveSize(1);
            draft.setMinimumRatings(2);
            draft.setDiscussThreshold(new BigDecimal("15"));
            draft.setBlindRating(blind);
            draft.setSeatsByRegion(Map.of(ASTANA, 1, ALMATY, 1, SHYMKENT, 1));
            long id = rounds.save(draft).getId();
            var saved = rounds.replaceCriteria(id, List.of(
                    new RatingCriterion(EXPERIENCE, "Visits to places of detention", new BigDecimal("3"), 1, 5,
                            Map.of(1, "No visits", 3, "Took part in some visits", 5, "Led many visits")),
                    new RatingCriterion(LEGAL, null, new BigDecimal("1.5"), 0, 10,
                            Map.of(0, "None", 10, "Expert in the law on places of detention"))));
            var criteria = saved.getCriteria().stream()
                    .collect(Collectors.toMap(RatingCriterion::getName, RatingCriterion::getId));
            var commission = rounds.eligibleMembers().stream()
                    .filter(m -> RATERS.contains(m.username()))
                    .collect(Collectors.toMap(StaffMember::username, StaffMember::id));
            rounds.setCommission(id, Set.copyOf(commission.values()), commission.get(CHAIR));
            var codes = new LinkedHashMap<String, Long>();
            for (int i = 1; i <= count; i++) {
                var person = i <= PEOPLE.size() ? PEOPLE.get(i - 1)
                        : new Person("Кандидат " + i, KARAGANDA, Language.RU);
                codes.put(code(i), candidate(id, code(i), person, domain).getId());
            }
            rounds.changePhase(id, RoundPhase.APPLICATIONS_OPEN);
            rounds.changePhase(id, RoundPhase.RATING);
            return new Round(id, unique, domain, codes, criteria);
        });
    }

    /** Runs the work as the demo user, then puts back whoever was signed in. */
    public <T> T as(String username, Supplier<T> work) {
        var before = security.getContext();
        var user = users.loadUserByUsername(username);
        security.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities())));
        try {
            return work.get();
        } finally {
            security.setContext(before);
        }
    }

    public static String code(int number) {
        return "C-%03d".formatted(number);
    }

    private Candidate candidate(long roundId, String code, Person person, String domain) {
        var candidate = new Candidate();
        candidate.setRoundId(roundId);
        candidate.setCode(code);
        candidate.setFullName(person.fullName());
        candidate.setEmail(code.toLowerCase() + "@" + domain);
        candidate.setOrganisation("Адам құқықтары жөніндегі ҮЕҰ");
        candidate.setRegionId(person.regionId());
        candidate.setLanguage(person.language());
        candidate.setSource(CandidateSource.ADDED);
        candidate.setStatus(CandidateStatus.ACTIVE);
        candidate.setCreatedAt(Instant.now());
        return candidates.saveAndFlush(candidate);
    }
}
