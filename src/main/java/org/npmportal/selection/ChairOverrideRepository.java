package org.npmportal.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChairOverrideRepository extends JpaRepository<ChairOverride, Long> {

    List<ChairOverride> findByRoundIdOrderByDecidedAtAscIdAsc(long roundId);
}
