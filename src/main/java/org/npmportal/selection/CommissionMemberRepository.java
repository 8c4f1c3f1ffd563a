package org.npmportal.selection;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface CommissionMemberRepository extends JpaRepository<CommissionMember, Long> {

    List<CommissionMember> findByRoundIdOrderById(long roundId);

    Optional<CommissionMember> findByRoundIdAndUserId(long roundId, long userId);

    /** A member's saves take their own row lock: their tabs queue, other members never wait for them. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "10000"))
    @Query("select m from CommissionMember m where m.roundId = :roundId and m.userId = :userId")
    Optional<CommissionMember> lockByRoundIdAndUserId(@Param("roundId") long roundId, @Param("userId") long userId);
}
