package org.npmportal.seminar;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SeminarRepository extends JpaRepository<Seminar, Long>, JpaSpecificationExecutor<Seminar> {

    /** Seminars other than {@code excludeId}, not cancelled, whose time span overlaps [from, to). */
    @Query("""
            select s from Seminar s
            where s.status <> org.npmportal.seminar.SeminarStatus.CANCELLED
              and (:excludeId is null or s.id <> :excludeId)
              and s.startsAtUtc < :to and s.endsAtUtc > :from
            """)
    List<Seminar> findOverlapping(@Param("from") Instant from, @Param("to") Instant to,
            @Param("excludeId") Long excludeId);

    @Query("""
            select s from Seminar s
            where s.status in :statuses and s.endsAtUtc > :now
            order by s.startsAtUtc, s.id
            """)
    List<Seminar> findUpcoming(@Param("statuses") Collection<SeminarStatus> statuses, @Param("now") Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Seminar s where s.id = :id")
    Optional<Seminar> lockById(@Param("id") long id);

    long countByStatusInAndEndsAtUtcAfter(Collection<SeminarStatus> statuses, Instant now);
}
