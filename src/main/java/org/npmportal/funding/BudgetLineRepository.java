package org.npmportal.funding;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByGrantIdOrderByCodeAscIdAsc(long grantId);

    boolean existsByGrantIdAndCodeAndIdNot(long grantId, String code, long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from BudgetLine l where l.id = :id")
    Optional<BudgetLine> lock(@Param("id") long id);
}
