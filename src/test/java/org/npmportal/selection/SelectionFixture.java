package org.npmportal.selection;

import org.npmportal.support.AtOnce;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.npmportal.base.i18n.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rounds for the selection tests, set up the way organisers do it (through the services), with candidates
 * stored directly: the candidates' own screens and forms have tests of their own. Runs each step as the
 * demo user it belongs to: {@code organiser}, or {@code commission1} (chair), {@code commission2},
 * {@code commission3}.
 */
final class SelectionFixture {

    static final Authentication ORGANISER = user("organiser", "ORGANISER");
    static final Authentication CHAIR = user("commission1", "COMMISSION");
    static final Authentication MEMBER2 = user("commission2", "COMMISSION");
    static final Authentication MEMBER3 = user("commission3", "COMMISSION");

    final SelectionService rounds;
    final RatingService rating;
    final ResultsService results;
    final CandidateRepository candidates;
    final JdbcTemplate jdbc;
    final SecurityContextHolderStrategy security;
    final TransactionTemplate transactions;
    final Clock clock;

    SelectionFixture(SelectionService rounds, RatingService rating, ResultsService results,
            CandidateRepository candidates, JdbcTemplate jdbc, SecurityContextHolderStrategy security,
            TransactionTemplate transactions, Clock clock) {
        this.rounds = rounds;
        this.rating = rating;
        this.results = results;
        this.candidates = candidates;
        this.jdbc = jdbc;
        this.security = security;
        this.transactions = transactions;
        this.clock = clock;
    }

    static Authentication user(String username, String role) {
        return new UsernamePasswordAuthenticationToken(username, null, AuthorityUtils.createAuthorityList("ROLE_" + role));
    }

    /** A draft round of 4 seats (one reserved for Astana), reserve 1, minimum 2 ratings, threshold 15. */
    SelectionRound draft(String title) {
        return as(ORGANISER, () -> {
            var round = new SelectionRound();
            round.setTitle(title + " " + UUID.randomUUID());
            round.setProgramme("Test programme " + UUID.randomUUID().toString().substring(0, 8));
            round.setYear(2015);
            round.setApplicationsOpen(LocalDate.of(2015, 1, 10));
            round.setApplicationsClose(LocalDate.of(2015, 1, 31));
            round.setTotalSeats(4);
            round.setReserveSize(1);
            round.setMinimumRatings(2);
            round.setDiscussThreshold(new BigDecimal("15"));
            round.setSeatsByRegion(Map.of(regionId("ASTANA"), 1));
            return rounds.save(round);
        });
    }

    /** Experience (weight 2) and languages (weight 1), both rated 1–5. */
    static List<RatingCriterion> twoCriteria() {
        return List.of(
                new RatingCriterion("Monitoring experience", "Visits to closed institutions", new BigDecimal("2"), 1, 5,
                        Map.of(1, "None", 5, "Many visits, led teams")),
                new RatingCriterion("Languages", null, BigDecimal.ONE, 1, 5, Map.of()));
    }

    /**
     * A round in the rating phase with the two criteria, the three demo commission members (commission1
     * chairs) and the given candidates, each "Name@REGION".
     */
    long ratingRound(String title, String... candidatesAtRegions) {
        long id = draft(title).getId();
        as(ORGANISER, () -> {
            rounds.replaceCriteria(id, twoCriteria());
            rounds.setCommission(id, Set.of(userId("commission1"), userId("commission2"), userId("commission3")),
                    userId("commission1"));
            rounds.changePhase(id, RoundPhase.APPLICATIONS_OPEN);
            return null;
        });
        Arrays.stream(candidatesAtRegions).forEach(spec -> {
            String[] parts = spec.split("@");
            candidate(id, parts[0], parts[1]);
        });
        as(ORGANISER, () -> rounds.changePhase(id, RoundPhase.RATING));
        return id;
    }

    /** An active candidate, stored as the candidates' service would after a confirmed application. */
    long candidate(long roundId, String name, String regionCode) {
        return transactions.execute(status -> {
            long count = candidates.countByRoundId(roundId);
            var c = new Candidate();
            c.setRoundId(roundId);
            c.setCode("C-%03d".formatted(count + 1));
            c.setFullName(name);
            c.setEmail(name.toLowerCase().replaceAll("[^a-z0-9]", "") + "." + UUID.randomUUID().toString().substring(0, 6)
                    + "@example.kz");
            c.setOrganisation("Organisation of " + name);
            c.setRegionId(regionId(regionCode));
            c.setLanguage(Language.RU);
            c.setShareContacts(true);
            c.setSource(CandidateSource.ADDED);
            c.setStatus(CandidateStatus.ACTIVE);
            c.setCreatedAt(clock.instant());
            return candidates.saveAndFlush(c).getId();
        });
    }

    long candidateId(long roundId, String name) {
        return jdbc.queryForObject("select id from selection_candidate where round_id = ? and full_name = ?",
                Long.class, roundId, name);
    }

    List<Long> criterionIds(long roundId) {
        return jdbc.queryForList("select id from selection_criterion where round_id = ? order by position",
                Long.class, roundId);
    }

    long regionId(String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    /** Declares no conflict and gives the scores, one per criterion in order. */
    void rate(Authentication rater, long roundId, long candidateId, int... scores) {
        as(rater, () -> {
            rating.declare(roundId, candidateId, false, null);
            var criteria = criterionIds(roundId);
            for (int i = 0; i < scores.length; i++) {
                rating.saveScore(roundId, candidateId, criteria.get(i), scores[i], null);
            }
            return null;
        });
    }

    <T> T as(Authentication user, Callable<T> task) {
        try {
            return asTask(user, task).call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    <T> Callable<T> asTask(Authentication user, Callable<T> task) {
        return () -> {
            var previous = security.getContext();
            security.setContext(new SecurityContextImpl(user));
            try {
                return task.call();
            } finally {
                security.setContext(previous);
            }
        };
    }

    /** Runs the tasks at once on real threads; results in task order. */
    static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        return AtOnce.run(tasks);
    }
}
