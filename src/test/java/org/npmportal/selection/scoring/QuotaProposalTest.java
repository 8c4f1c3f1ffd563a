package org.npmportal.selection.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.npmportal.selection.scoring.SeatOutcome.INELIGIBLE;
import static org.npmportal.selection.scoring.SeatOutcome.NOT_SELECTED;
import static org.npmportal.selection.scoring.SeatOutcome.RESERVE;
import static org.npmportal.selection.scoring.SeatOutcome.SELECTED_NATIONAL;
import static org.npmportal.selection.scoring.SeatOutcome.SELECTED_REGIONAL;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotaProposalTest {

    /*
     * Two raters give each candidate the same score, so mean = score (one criterion, 0–100). Ranking:
     *   1 N1 90 (NORTH)  2 N2 85 (NORTH)  3 S1 80 (SOUTH)  4 N3 75 (NORTH)  5 S2 70 (SOUTH)
     *   6 W1 68 (WEST, only r1 — r2 recused, one rating)  7 N4 65 (NORTH)  8 S3 60 (SOUTH)  9 N5 55 (NORTH)
     */
    private static ScoringResult ranked() {
        var round = Round.singleCriterion0To100().raters("r1", "r2");
        candidate(round, "N1", "NORTH", 90);
        candidate(round, "N2", "NORTH", 85);
        candidate(round, "S1", "SOUTH", 80);
        candidate(round, "N3", "NORTH", 75);
        candidate(round, "S2", "SOUTH", 70);
        round.candidate("W1", "WEST").score("r1", "W1", 68).recuse("r2", "W1");
        candidate(round, "N4", "NORTH", 65);
        candidate(round, "S3", "SOUTH", 60);
        candidate(round, "N5", "NORTH", 55);
        return round.score();
    }

    private static void candidate(Round round, String id, String region, double score) {
        round.candidate(id, region).score("r1", id, score).score("r2", id, score);
    }

    @Test
    void regional_seats_go_first_then_national_seats_then_the_reserve_in_rank_order() {
        // NORTH 1 seat → N1; SOUTH 2 seats → S1, S2; 4 − 3 = 1 national seat → N2 (best not yet selected);
        // reserve 2 → N3, then N4 (W1 is ineligible with one rating); S3 and N5 are not selected.
        var proposal = QuotaProposal.propose(ranked(), new QuotaRules(Map.of("NORTH", 1, "SOUTH", 2), 4, 2, 2));

        assertThat(proposal.decisions()).extracting(SeatDecision::candidateId, SeatDecision::rank, SeatDecision::outcome)
                .containsExactly(
                        tuple("N1", 1, SELECTED_REGIONAL),
                        tuple("N2", 2, SELECTED_NATIONAL),
                        tuple("S1", 3, SELECTED_REGIONAL),
                        tuple("N3", 4, RESERVE),
                        tuple("S2", 5, SELECTED_REGIONAL),
                        tuple("W1", 6, INELIGIBLE),
                        tuple("N4", 7, RESERVE),
                        tuple("S3", 8, NOT_SELECTED),
                        tuple("N5", 9, NOT_SELECTED));
    }

    @Test
    void a_regional_seat_its_region_cannot_fill_is_filled_nationally() {
        // WEST's only candidate W1 has one rating, fewer than the two required, so WEST's seat stays free
        // and the 3 seats go: N1 regional, then N2 and S1 nationally.
        var proposal = QuotaProposal.propose(ranked(), new QuotaRules(Map.of("NORTH", 1, "WEST", 1), 3, 0, 2));

        assertThat(proposal.withOutcome(SELECTED_REGIONAL)).extracting(SeatDecision::candidateId).containsExactly("N1");
        assertThat(proposal.withOutcome(SELECTED_NATIONAL)).extracting(SeatDecision::candidateId).containsExactly("N2", "S1");
        assertThat(proposal.decisionFor("W1").orElseThrow().outcome()).isEqualTo(INELIGIBLE);
        assertThat(proposal.withOutcome(RESERVE)).isEmpty();
    }

    @Test
    void a_lower_minimum_of_ratings_makes_a_candidate_eligible_again() {
        var proposal = QuotaProposal.propose(ranked(), new QuotaRules(Map.of("WEST", 1), 1, 0, 1));

        assertThat(proposal.decisionFor("W1").orElseThrow().outcome()).isEqualTo(SELECTED_REGIONAL);
        assertThat(proposal.withOutcome(SELECTED_NATIONAL)).isEmpty();
    }

    @Test
    void a_region_may_not_reserve_more_seats_than_there_are() {
        assertThatThrownBy(() -> new QuotaRules(Map.of("NORTH", 3, "SOUTH", 2), 4, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fewer than the 5 regional seats");
    }
}
