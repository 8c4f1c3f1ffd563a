package org.npmportal.selection;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CandidateCvRepository extends JpaRepository<CandidateCv, Long> {

    @Query("select cv.candidateId from CandidateCv cv where cv.candidateId in :ids")
    List<Long> withCv(@Param("ids") Collection<Long> candidateIds);
}
