package org.npmportal.selection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CandidateRepository extends JpaRepository<Candidate, Long>, JpaSpecificationExecutor<Candidate> {

    Optional<Candidate> findByRoundIdAndEmail(long roundId, String email);

    Optional<Candidate> findByConfirmTokenHash(String hash);

    List<Candidate> findByRoundIdAndStatusOrderByCode(long roundId, CandidateStatus status);

    List<Candidate> findByRoundIdAndEmailIn(long roundId, Collection<String> emails);

    long countByRoundId(long roundId);

    long countByRoundIdAndStatus(long roundId, CandidateStatus status);

    @Query("select c.regionId, count(c) from Candidate c where c.roundId = :roundId and c.status = :status group by c.regionId")
    List<Object[]> countByRegion(@Param("roundId") long roundId, @Param("status") CandidateStatus status);
}
