package org.npmportal.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExpenditureRepository extends JpaRepository<Expenditure, Long> {

    /** Per budget line of the grant: line id and the sum in the grant's currency. */
    @Query("select e.lineId, sum(e.amountInGrant) from Expenditure e where e.grantId = :grantId group by e.lineId")
    List<Object[]> spentPerLine(@Param("grantId") long grantId);

    /** Per grant: grant id and the sum in the grant's currency. */
    @Query("select e.grantId, sum(e.amountInGrant) from Expenditure e where e.grantId in :grantIds group by e.grantId")
    List<Object[]> spentPerGrant(@Param("grantIds") java.util.Collection<Long> grantIds);

    long countByGrantId(long grantId);
}
