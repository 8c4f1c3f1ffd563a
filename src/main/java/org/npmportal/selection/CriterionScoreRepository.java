package org.npmportal.selection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CriterionScoreRepository extends JpaRepository<CriterionScore, Long> {

    Optional<CriterionScore> findByCandidateIdAndCriterionIdAndMemberId(long candidateId, long criterionId,
            long memberId);

    List<CriterionScore> findByCandidateIdAndMemberId(long candidateId, long memberId);

    List<CriterionScore> findByCandidateId(long candidateId);

    List<CriterionScore> findByRoundIdAndMemberId(long roundId, long memberId);

    /** Every score of a round as plain numbers, for the ranking: one query, no entities. */
    @Query("""
            select new org.npmportal.selection.ScoreRow(s.candidateId, s.criterionId, s.memberId, s.value)
            from CriterionScore s where s.roundId = :roundId""")
    List<ScoreRow> rowsOfRound(@Param("roundId") long roundId);

    long countByRoundId(long roundId);
}
