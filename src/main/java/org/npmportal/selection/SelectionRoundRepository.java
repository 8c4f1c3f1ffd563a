package org.npmportal.selection;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface SelectionRoundRepository extends JpaRepository<SelectionRound, Long> {

    /** Phase changes, candidate numbering and the decision take the round's row lock, so they happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "10000"))
    @Query("select r from SelectionRound r where r.id = :id")
    Optional<SelectionRound> lockById(@Param("id") long id);

    boolean existsByTitleIgnoreCase(String title);

    boolean existsByTitleIgnoreCaseAndIdNot(String title, Long id);

    Optional<SelectionRound> findByTitle(String title);

    Page<SelectionRound> findAllByOrderByYearDescIdDesc(Pageable pageable);

    @Query("""
            select r from SelectionRound r where r.id in (
                select m.roundId from CommissionMember m where m.userId = :userId)
            order by r.year desc, r.id desc""")
    Page<SelectionRound> findForMember(@Param("userId") long userId, Pageable pageable);

    @Query("select count(m) from CommissionMember m where m.userId = :userId")
    long countForMember(@Param("userId") long userId);

    List<SelectionRound> findByPhaseIn(Collection<RoundPhase> phases);
}
