package org.npmportal.selection.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A proposal of who gets a seat, for the commission to confirm. Built in three passes over the ranking,
 * each in rank order and each skipping ineligible candidates (fewer valid ratings than
 * {@link QuotaRules#minimumRatings()}):
 * <ol>
 *   <li>each region's reserved seats go to that region's best-ranked candidates;</li>
 *   <li>the seats still free of the total go to the best-ranked candidates not yet selected, from any
 *       region. A regional seat its region cannot fill is therefore not lost but filled nationally;</li>
 *   <li>the next {@link QuotaRules#reserveSize()} candidates not selected form the reserve list.</li>
 * </ol>
 * Ties are not broken again here: the ranking's deterministic order decides, and
 * {@link CandidateResult#tied()} on the ranking shows where the commission should look.
 *
 * @param decisions one per candidate, in rank order
 */
public record QuotaProposal(List<SeatDecision> decisions) {

    public QuotaProposal {
        decisions = List.copyOf(decisions);
    }

    public static QuotaProposal propose(ScoringResult result, QuotaRules rules) {
        List<CandidateResult> ranking = result.ranking();
        SeatOutcome[] outcome = new SeatOutcome[ranking.size()];
        Map<String, Integer> regionalLeft = new HashMap<>(rules.seatsByRegion());
        int seatsLeft = rules.totalSeats();
        for (int pos = 0; pos < ranking.size(); pos++) {
            CandidateResult candidate = ranking.get(pos);
            if (candidate.ratings() < rules.minimumRatings()) {
                outcome[pos] = SeatOutcome.INELIGIBLE;
                continue;
            }
            int left = regionalLeft.getOrDefault(candidate.region(), 0);
            if (left > 0) {
                regionalLeft.put(candidate.region(), left - 1);
                outcome[pos] = SeatOutcome.SELECTED_REGIONAL;
                seatsLeft--;
            }
        }
        int reserveLeft = rules.reserveSize();
        for (int pos = 0; pos < ranking.size(); pos++) {
            if (outcome[pos] != null) {
                continue;
            }
            if (seatsLeft > 0) {
                outcome[pos] = SeatOutcome.SELECTED_NATIONAL;
                seatsLeft--;
            } else if (reserveLeft > 0) {
                outcome[pos] = SeatOutcome.RESERVE;
                reserveLeft--;
            } else {
                outcome[pos] = SeatOutcome.NOT_SELECTED;
            }
        }
        List<SeatDecision> decisions = new ArrayList<>(ranking.size());
        for (int pos = 0; pos < ranking.size(); pos++) {
            CandidateResult candidate = ranking.get(pos);
            decisions.add(new SeatDecision(candidate.candidateId(), candidate.region(), candidate.rank(),
                    candidate.ratings(), outcome[pos]));
        }
        return new QuotaProposal(decisions);
    }

    public Optional<SeatDecision> decisionFor(String candidateId) {
        return decisions.stream().filter(d -> d.candidateId().equals(candidateId)).findFirst();
    }

    public List<SeatDecision> withOutcome(SeatOutcome wanted) {
        return decisions.stream().filter(d -> d.outcome() == wanted).toList();
    }
}
