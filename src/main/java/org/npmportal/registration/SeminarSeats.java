package org.npmportal.registration;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.npmportal.seminar.Seminar;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The seminar row as the lock that orders every change to its seats and waitlist. Every transaction
 * that changes seats takes this lock first and keeps it to the commit, so decisions about one
 * seminar's seats are made one after another, while different seminars proceed in parallel.
 */
interface SeminarSeats extends Repository<Seminar, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Seminar s where s.id = :id")
    Optional<Seminar> lock(@Param("id") long id);

    /** Public seminars that start after {@code now} and no later than {@code until}. */
    @Query("""
            select s.id from Seminar s
            where s.status in (org.npmportal.seminar.SeminarStatus.PUBLISHED,
                               org.npmportal.seminar.SeminarStatus.REGISTRATION_CLOSED)
              and s.startsAtUtc > :now and s.startsAtUtc <= :until
            order by s.startsAtUtc
            """)
    List<Long> startingBetween(@Param("now") Instant now, @Param("until") Instant until);

    /** Writes the counters; the seminar entity never writes them itself (they are not updatable there). */
    @Modifying(flushAutomatically = true)
    @Query(value = "update seminar set seats_taken = :seats, waitlist_length = :waiting where id = :id",
            nativeQuery = true)
    int setCounters(@Param("id") long id, @Param("seats") int seats, @Param("waiting") int waiting);
}
