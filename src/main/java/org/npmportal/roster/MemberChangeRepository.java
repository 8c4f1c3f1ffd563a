package org.npmportal.roster;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberChangeRepository extends JpaRepository<MemberChange, Long> {

    @Query("select c from MemberChange c where c.memberId = :memberId order by c.effectiveOn, c.id")
    List<MemberChange> history(@Param("memberId") long memberId);

    @Query("select c from MemberChange c where c.memberId in :memberIds order by c.memberId, c.effectiveOn, c.id")
    List<MemberChange> histories(@Param("memberIds") Collection<Long> memberIds);
}
