package org.npmportal.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.npmportal.bench.BenchResults.Metric;
import org.npmportal.selection.ResultsService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a chair waits for when the results page opens on a national-size round: the same 5,000 candidates ×
 * 15 raters × 8 criteria as {@link RankingBench}, but stored (600,000 scores, in H2 or the DB_URL server) and read, scored and
 * proposed through {@link ResultsService#results}, as the page does. The round is written with plain SQL,
 * because how it got there is not what is measured.
 */
@PortalTest
class SelectionResultsBench {

    private static final int CANDIDATES = 5_000;
    private static final int RATERS = 15;
    private static final int CRITERIA = 8;
    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 5;
    private static final double TARGET_MS = 500;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchDatabase.register(registry);
    }

    @Autowired
    ResultsService results;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void the_results_of_a_national_round_of_five_thousand_candidates() {
        long round = storeRound(new SplittableRandom(20261130));
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("organiser", null,
                AuthorityUtils.createAuthorityList("ROLE_ORGANISER"))));
        try {
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                check(results.results(round).rows().size());
            }
            long[] nanos = new long[MEASURED_RUNS];
            for (int i = 0; i < MEASURED_RUNS; i++) {
                long start = System.nanoTime();
                check(results.results(round).rows().size());
                nanos[i] = System.nanoTime() - start;
            }
            BenchResults.record(new Metric("ranking.results_page_ms", BenchResults.median(nanos) / 1e6, "ms",
                    TARGET_MS, BenchDatabase.kind(), "median of " + MEASURED_RUNS + " runs (after " + WARM_UP_RUNS
                            + " warm-ups) of ResultsService.results: reading " + CANDIDATES * RATERS * CRITERIA
                            + " stored scores, scoring, seat proposal and progress, " + CANDIDATES + " candidates × "
                            + RATERS + " raters × " + CRITERIA + " criteria"));
        } finally {
            security.clearContext();
        }
    }

    private static void check(int rows) {
        if (rows != CANDIDATES) {
            throw new IllegalStateException("the results lost candidates: " + rows);
        }
    }

    private long storeRound(SplittableRandom random) {
        var now = LocalDateTime.now();
        jdbc.update("""
                insert into selection_round (version, title, programme, round_year, phase, time_zone, total_seats,
                    reserve_size, minimum_ratings, discuss_threshold, blind_rating, scores_after_submit, created_at,
                    updated_at)
                values (0, 'Bench round', 'Bench', 2030, 'DELIBERATION', 'Asia/Almaty', 112, 20, 2, 15, false, false,
                    ?, ?)""", now, now);
        long round = jdbc.queryForObject("select id from selection_round where title = 'Bench round'", Long.class);
        var regions = jdbc.queryForList("select id from region order by id", Long.class);
        regions.forEach(region -> jdbc.update(
                "insert into selection_region_seats (round_id, region_id, seats) values (?, ?, 4)", round, region));
        for (int k = 0; k < CRITERIA; k++) {
            jdbc.update("""
                    insert into selection_criterion (round_id, position, name, weight, scale_min, scale_max)
                    values (?, ?, ?, ?, ?, ?)""", round, k, "Criterion " + k, 1 + k % 3, k % 2 == 0 ? 1 : 0,
                    k % 2 == 0 ? 5 : 10);
        }
        var criteria = jdbc.queryForList("select id, scale_min, scale_max from selection_criterion where round_id = ? "
                + "order by position", round);
        var members = new ArrayList<Long>();
        for (int r = 0; r < RATERS; r++) {
            jdbc.update("""
                    insert into app_user (version, username, email, full_name, password_hash, enabled,
                        preferred_language, created_at, password_changed_at)
                    values (0, ?, ?, ?, '{noop}-', true, 'EN', ?, ?)""", "bench" + r, "bench" + r + "@bench.example.kz",
                    "Bench rater " + r, now, now);
            long user = jdbc.queryForObject("select id from app_user where username = ?", Long.class, "bench" + r);
            jdbc.update("insert into app_user_role (user_id, role) values (?, 'COMMISSION')", user);
            jdbc.update("insert into selection_member (round_id, user_id, chair) values (?, ?, ?)", round, user, r == 0);
            members.add(jdbc.queryForObject("select id from selection_member where round_id = ? and user_id = ?",
                    Long.class, round, user));
        }
        var candidateRows = new ArrayList<Object[]>();
        for (int c = 0; c < CANDIDATES; c++) {
            candidateRows.add(new Object[] {round, "C-%05d".formatted(c), "Candidate " + c,
                    "c" + c + "@bench.example.kz", regions.get(random.nextInt(regions.size())), now});
        }
        jdbc.batchUpdate("""
                insert into selection_candidate (version, round_id, code, full_name, email, region_id, language,
                    share_contacts, source, status, created_at)
                values (0, ?, ?, ?, ?, ?, 'RU', false, 'IMPORTED', 'ACTIVE', ?)""", candidateRows);
        var candidates = jdbc.queryForList("select id from selection_candidate where round_id = ? order by code",
                Long.class, round);
        List<Object[]> scores = new ArrayList<>();
        for (long candidate : candidates) {
            for (long member : members) {
                if (random.nextInt(50) == 0) {
                    jdbc.update("""
                            insert into selection_declaration (round_id, candidate_id, member_id, conflict, reason,
                                declared_at) values (?, ?, ?, true, 'bench', ?)""", round, candidate, member, now);
                    continue;
                }
                for (var criterion : criteria) {
                    int min = ((Number) criterion.get("scale_min")).intValue();
                    int max = ((Number) criterion.get("scale_max")).intValue();
                    scores.add(new Object[] {round, candidate, criterion.get("id"), member,
                            min + random.nextInt(max - min + 1), now});
                }
            }
            if (scores.size() > 20_000) {
                insertScores(scores);
                scores.clear();
            }
        }
        insertScores(scores);
        return round;
    }

    private void insertScores(List<Object[]> scores) {
        jdbc.batchUpdate("""
                insert into selection_score (round_id, candidate_id, criterion_id, member_id, score, updated_at)
                values (?, ?, ?, ?, ?, ?)""", scores);
    }
}
