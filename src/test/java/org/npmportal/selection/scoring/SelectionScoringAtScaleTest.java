package org.npmportal.selection.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A national round's size: invariants only; speed is measured by a benchmark, not asserted here. */
class SelectionScoringAtScaleTest {

    @Test
    void five_thousand_candidates_by_fifteen_raters_on_eight_criteria_are_each_ranked_once_and_seats_stay_within_the_total() {
        var input = SelectionScoringTest.randomRound(new Random(2025), 5_000, 15, 8);

        var result = SelectionScoring.score(input, 15);
        Map<String, Integer> seatsByRegion = new HashMap<>();
        IntStream.range(0, 17).forEach(region -> seatsByRegion.put("region-" + region, 2));
        var proposal = QuotaProposal.propose(result, new QuotaRules(seatsByRegion, 60, 20, 2));

        assertThat(input.scores().size()).isGreaterThan(500_000);
        assertThat(result.ranking()).hasSize(5_000);
        assertThat(result.ranking()).extracting(CandidateResult::candidateId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(input.candidates().stream().map(Candidate::id).toList());
        assertThat(result.ranking()).extracting(CandidateResult::rank)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 5_000).boxed().toList());
        assertThat(result.ranking()).allSatisfy(c -> assertThat(c.ratings()).isBetween(0, 15));
        assertThat(result.alpha()).isPresent();
        assertThat(result.alpha().getAsDouble()).isLessThanOrEqualTo(1);

        assertThat(proposal.decisions()).hasSize(5_000);
        long selected = proposal.decisions().stream()
                .filter(d -> d.outcome() == SeatOutcome.SELECTED_REGIONAL || d.outcome() == SeatOutcome.SELECTED_NATIONAL)
                .count();
        assertThat(selected).isLessThanOrEqualTo(60);
        assertThat(proposal.withOutcome(SeatOutcome.RESERVE)).hasSizeLessThanOrEqualTo(20);
        seatsByRegion.forEach((region, seats) -> assertThat(proposal.withOutcome(SeatOutcome.SELECTED_REGIONAL).stream()
                .filter(d -> d.region().equals(region)).count()).isLessThanOrEqualTo(seats));
        assertThat(proposal.decisions()).filteredOn(d -> d.ratings() < 2)
                .allSatisfy(d -> assertThat(d.outcome()).isEqualTo(SeatOutcome.INELIGIBLE));
    }
}
