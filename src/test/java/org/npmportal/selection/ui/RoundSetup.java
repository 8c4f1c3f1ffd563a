package org.npmportal.selection.ui;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.npmportal.directory.DirectoryService;
import org.npmportal.security.StaffMember;
import org.npmportal.selection.RatingCriterion;
import org.npmportal.selection.RoundPhase;
import org.npmportal.selection.SelectionRound;
import org.npmportal.selection.SelectionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Rounds made as the demo organiser makes them, through the services, for the selection screens' tests. The
 * candidates are written straight into the table, as the public form or an import would leave them, because
 * adding candidates is another screen's work. Every round gets a title of its own.
 */
final class RoundSetup {

    /** The two criteria of every test round: 1–5 with a text for each point, and 1–3 without texts. */
    public static final String EXPERIENCE = "Monitoring experience";
    public static final String INDEPENDENCE = "Independence from the authorities";

    private final SelectionService selection;
    private final DirectoryService directory;
    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy security;
    private final UserDetailsService users;

    RoundSetup(SelectionService selection, DirectoryService directory, JdbcTemplate jdbc,
            SecurityContextHolderStrategy security, UserDetailsService users) {
        this.selection = selection;
        this.directory = directory;
        this.jdbc = jdbc;
        this.security = security;
        this.users = users;
    }

    public static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A draft with 10 seats, one of them reserved for the first region, and no criteria or commission. */
    public long draft(String title) {
        return as("organiser", () -> selection.save(details(title, false, false)).getId());
    }

    /** A draft with the two criteria and a commission of {@code members}, the first of them chair. */
    public long draftWithCommission(String title, String... members) {
        return as("organiser", () -> {
            long id = selection.save(details(title, false, false)).getId();
            selection.replaceCriteria(id, criteria());
            commission(id, members);
            return id;
        });
    }

    /**
     * A round in the rating phase with the two criteria, commission1 (chair) and commission2, and the given
     * candidates, whose names, organisations and addresses are {@code name + " " + n}.
     */
    public Rated rating(String title, boolean blind, boolean scoresAfterSubmit, String... candidateNames) {
        return as("organiser", () -> {
            long id = selection.save(details(title, blind, scoresAfterSubmit)).getId();
            selection.replaceCriteria(id, criteria());
            commission(id, "commission1", "commission2");
            selection.changePhase(id, RoundPhase.APPLICATIONS_OPEN);
            List<Long> candidates = new ArrayList<>();
            for (int i = 0; i < candidateNames.length; i++) {
                candidates.add(candidate(id, i + 1, candidateNames[i]));
            }
            selection.changePhase(id, RoundPhase.RATING);
            var round = selection.get(id).orElseThrow();
            return new Rated(id, candidates, round.getCriteria().stream().map(RatingCriterion::getId).toList());
        });
    }

    /** Runs {@code work} signed in as {@code username}, then returns to the test's own user. */
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

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** A round's id, its candidates in code order and its criteria in their order. */
    public record Rated(long id, List<Long> candidates, List<Long> criteria) {
    }

    private SelectionRound details(String title, boolean blind, boolean scoresAfterSubmit) {
        var round = new SelectionRound();
        round.setTitle(title);
        round.setProgramme("NPM monitors");
        round.setYear(2015);
        round.setTotalSeats(10);
        round.setReserveSize(2);
        round.setMinimumRatings(2);
        round.setApplicationsOpen(LocalDate.of(2015, 1, 10));
        round.setApplicationsClose(LocalDate.of(2015, 2, 10));
        round.setBlindRating(blind);
        round.setScoresAfterSubmit(scoresAfterSubmit);
        round.setSeatsByRegion(Map.of(directory.regions().getFirst().getId(), 1));
        return round;
    }

    private static List<RatingCriterion> criteria() {
        return List.of(
                new RatingCriterion(EXPERIENCE, "Visits to places of detention, reports written.",
                        new BigDecimal("2"), 1, 5, Map.of(1, "none", 3, "some visits", 5, "led many visits")),
                new RatingCriterion(INDEPENDENCE, null, BigDecimal.ONE, 1, 3, Map.of()));
    }

    private void commission(long roundId, String... usernames) {
        var eligible = selection.eligibleMembers();
        List<Long> ids = new ArrayList<>();
        for (String username : usernames) {
            ids.add(eligible.stream().filter(user -> user.username().equals(username)).map(StaffMember::id)
                    .findFirst().orElseThrow());
        }
        selection.setCommission(roundId, Set.copyOf(ids), ids.getFirst());
    }

    private long candidate(long roundId, int number, String name) {
        var region = directory.regions().get(number % directory.regions().size());
        String slug = name.toLowerCase().replaceAll("[^a-z]", "");
        jdbc.update("insert into selection_candidate (version, round_id, code, full_name, email, phone, organisation,"
                + " region_id, languages, experience, motivation, language, share_contacts, source, status,"
                + " created_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RU', false, 'ADDED', 'ACTIVE', ?)",
                roundId, "C-%03d".formatted(number), name, slug + roundId + "@" + slug + ".example.org",
                "+7 700 555 0" + (100 + number), name + " Human Rights Bureau", region.getId(), "Kazakh, Russian",
                "Took part in 12 preventive visits to colonies.", "Wants to prevent ill-treatment.",
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from selection_candidate where round_id = ? and code = ?", Long.class,
                roundId, "C-%03d".formatted(number));
    }
}
