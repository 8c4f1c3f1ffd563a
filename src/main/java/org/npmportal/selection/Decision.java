package org.npmportal.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.npmportal.selection.scoring.SeatOutcome;

/**
 * A candidate's place in a decided round: the figures the decision was taken on, frozen, what the quota
 * proposal said and what was decided (different only after a chair's override, which has its reason).
 */
@Entity
@Table(name = "selection_decision")
class Decision {

    @Id
    @Column(name = "candidate_id")
    private Long candidateId;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "final_rank", nullable = false)
    private int rank;

    @Column(name = "tie_rank", nullable = false)
    private int tieRank;

    @Column(nullable = false)
    private int ratings;

    @Column(name = "mean_score", precision = 9, scale = 3)
    private BigDecimal mean;

    @Column(name = "median_score", precision = 9, scale = 3)
    private BigDecimal median;

    @Column(name = "sd_score", precision = 9, scale = 3)
    private BigDecimal standardDeviation;

    @Column(name = "z_mean", precision = 9, scale = 3)
    private BigDecimal zMean;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_outcome", nullable = false, length = 20)
    private SeatOutcome proposed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "reserve_position")
    private Integer reservePosition;

    protected Decision() {
    }

    Decision(long roundId, long candidateId, int rank, int tieRank, int ratings, BigDecimal mean, BigDecimal median,
            BigDecimal standardDeviation, BigDecimal zMean, SeatOutcome proposed) {
        this.roundId = roundId;
        this.candidateId = candidateId;
        this.rank = rank;
        this.tieRank = tieRank;
        this.ratings = ratings;
        this.mean = mean;
        this.median = median;
        this.standardDeviation = standardDeviation;
        this.zMean = zMean;
        this.proposed = proposed;
        this.outcome = outcomeOf(proposed);
    }

    static Outcome outcomeOf(SeatOutcome proposed) {
        return switch (proposed) {
            case SELECTED_REGIONAL, SELECTED_NATIONAL -> Outcome.SELECTED;
            case RESERVE -> Outcome.RESERVE;
            case NOT_SELECTED, INELIGIBLE -> Outcome.NOT_SELECTED;
        };
    }

    long candidateId() {
        return candidateId;
    }

    long roundId() {
        return roundId;
    }

    int rank() {
        return rank;
    }

    int tieRank() {
        return tieRank;
    }

    int ratings() {
        return ratings;
    }

    BigDecimal mean() {
        return mean;
    }

    BigDecimal median() {
        return median;
    }

    BigDecimal standardDeviation() {
        return standardDeviation;
    }

    BigDecimal zMean() {
        return zMean;
    }

    SeatOutcome proposed() {
        return proposed;
    }

    Outcome outcome() {
        return outcome;
    }

    void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    Integer reservePosition() {
        return reservePosition;
    }

    void setReservePosition(Integer reservePosition) {
        this.reservePosition = reservePosition;
    }
}
