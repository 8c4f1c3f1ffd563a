package org.npmportal.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.npmportal.security.StaffMember;

/**
 * Selection rounds the tests make for themselves through the round service, as an organiser would, each
 * with a title no other test uses. Call them as a signed-in organiser.
 */
public final class TestRounds {

    public static final ZoneId ALMATY = ZoneId.of(SelectionRound.DEFAULT_TIME_ZONE);

    private TestRounds() {
    }

    /** A draft round with one criterion and applications from yesterday to a month ahead. */
    public static long draft(SelectionService rounds, String title) {
        return draft(rounds, title, false);
    }

    public static long draft(SelectionService rounds, String title, boolean blind) {
        var round = new SelectionRound();
        round.setTitle(title + " " + UUID.randomUUID().toString().substring(0, 8));
        round.setProgramme("NPM monitors");
        round.setYear(2015);
        round.setDescription("Мониторлар іріктеуі / Отбор мониторов");
        round.setTotalSeats(10);
        round.setBlindRating(blind);
        LocalDate today = LocalDate.now(ALMATY);
        round.setApplicationsOpen(today.minusDays(1));
        round.setApplicationsClose(today.plusDays(30));
        long id = rounds.save(round).getId();
        rounds.replaceCriteria(id, List.of(new RatingCriterion("Monitoring experience", null,
                BigDecimal.ONE, 1, 5, Map.of(1, "None", 5, "Years of visits"))));
        return id;
    }

    /** A round that takes applications now. */
    public static long open(SelectionService rounds, String title) {
        long id = draft(rounds, title);
        rounds.changePhase(id, RoundPhase.APPLICATIONS_OPEN);
        return id;
    }

    /** A round whose phase is open for applications but whose last day of applications was yesterday. */
    public static long pastItsWindow(SelectionService rounds, String title) {
        long id = open(rounds, title);
        var round = rounds.get(id).orElseThrow();
        LocalDate today = LocalDate.now(ALMATY);
        round.setApplicationsOpen(today.minusDays(10));
        round.setApplicationsClose(today.minusDays(1));
        rounds.save(round);
        return id;
    }

    /** Moves an open round into rating, with the demo commission (the first member chairs). */
    public static void startRating(SelectionService rounds, long id) {
        var members = rounds.eligibleMembers().stream().map(StaffMember::id).collect(Collectors.toSet());
        rounds.setCommission(id, members, members.stream().min(Long::compare).orElseThrow());
        rounds.changePhase(id, RoundPhase.RATING);
    }

    /** Moves a round in rating on to deliberation, after which its candidates are fixed. */
    public static void startDeliberation(SelectionService rounds, long id) {
        rounds.changePhase(id, RoundPhase.DELIBERATION);
    }
}
