package org.npmportal.selection;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CandidateRepository extends JpaRepository<Candidate, Long>, JpaSpecificationExecutor<Candidate> {

    Optional<Candidate> findByRoundIdAndEmail(long roundId, String email);

    Optional<Candidate> findByConfirmTokenHash(String hash);

    List<Candidate> findByRoundIdAndStatusOrderByCode(long roundId, CandidateStatus status);

    /** The round's active candidates as the results need them, in no particular order. */
    @Query("""
            select new org.npmportal.selection.RankedCandidate(c.id, c.code, c.fullName, c.organisation, c.regionId)
            from Candidate c
            where c.roundId = :roundId and c.status = org.npmportal.selection.CandidateStatus.ACTIVE
            """)
    List<RankedCandidate> ranked(@Param("roundId") long roundId);

    List<Candidate> findByRoundIdAndEmailIn(long roundId, Collection<String> emails);

    long countByRoundId(long roundId);

    long countByRoundIdAndStatus(long roundId, CandidateStatus status);

    @Query("select c.regionId, count(c) from Candidate c where c.roundId = :roundId and c.status = :status group by c.regionId")
    List<Object[]> countByRegion(@Param("roundId") long roundId, @Param("status") CandidateStatus status);

    List<Candidate> findByRoundIdAndIdIn(long roundId, Collection<Long> ids);

    @Query("select c.roundId from Candidate c where c.id = :id")
    Optional<Long> roundIdOf(@Param("id") long candidateId);

    @Query("select c.roundId from Candidate c where c.confirmTokenHash = :hash")
    Optional<Long> roundIdByTokenHash(@Param("hash") String hash);

    /** Rounds with applications whose address was never confirmed and whose time to confirm ended before the cutoff. */
    @Query("""
            select distinct c.roundId from Candidate c
            where c.status = org.npmportal.selection.CandidateStatus.UNCONFIRMED and c.confirmBy < :cutoff
            """)
    List<Long> roundsWithLapsedApplications(@Param("cutoff") Instant cutoff);

    /**
     * Deletes the round's lapsed applications (their CVs go with them, by the foreign key), except any that
     * somehow took part in rating, which stay as part of the record.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            delete from Candidate c
            where c.roundId = :roundId and c.status = org.npmportal.selection.CandidateStatus.UNCONFIRMED
              and c.confirmBy < :cutoff
              and not exists (select 1 from Declaration d where d.candidateId = c.id)
              and not exists (select 1 from CriterionScore s where s.candidateId = c.id)
              and not exists (select 1 from Decision x where x.candidateId = c.id)
            """)
    int deleteLapsed(@Param("roundId") long roundId, @Param("cutoff") Instant cutoff);
}
