package org.npmportal.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InstalmentRepository extends JpaRepository<Instalment, Long> {

    List<Instalment> findByGrantIdOrderByReceivedOnAscIdAsc(long grantId);

    @Query("select i.grantId, sum(i.amountInGrant) from Instalment i where i.grantId in :grantIds group by i.grantId")
    List<Object[]> receivedPerGrant(@Param("grantIds") java.util.Collection<Long> grantIds);
}
