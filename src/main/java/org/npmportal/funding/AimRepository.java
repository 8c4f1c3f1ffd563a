package org.npmportal.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AimRepository extends JpaRepository<Aim, Long> {

    @Query("select a from Aim a where a.grantId = :grantId order by a.position")
    List<Aim> ofGrant(@Param("grantId") long grantId);

    @Modifying
    @Query("delete from Aim a where a.grantId = :grantId")
    void deleteOfGrant(@Param("grantId") long grantId);
}
