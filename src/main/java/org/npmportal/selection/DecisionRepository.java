package org.npmportal.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByRoundIdOrderByRankAsc(long roundId);

    void deleteByRoundId(long roundId);
}
