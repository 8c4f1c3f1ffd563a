package org.npmportal.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreChangeRepository extends JpaRepository<ScoreChange, Long> {

    List<ScoreChange> findByCandidateIdOrderByChangedAtAscIdAsc(long candidateId);

    long countByRoundId(long roundId);
}
