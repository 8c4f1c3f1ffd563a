package org.npmportal.selection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionScoreRepository extends JpaRepository<CriterionScore, Long> {

    Optional<CriterionScore> findByCandidateIdAndCriterionIdAndMemberId(long candidateId, long criterionId,
            long memberId);

    List<CriterionScore> findByCandidateIdAndMemberId(long candidateId, long memberId);

    List<CriterionScore> findByCandidateId(long candidateId);

    List<CriterionScore> findByRoundIdAndMemberId(long roundId, long memberId);

    long countByRoundId(long roundId);
}
