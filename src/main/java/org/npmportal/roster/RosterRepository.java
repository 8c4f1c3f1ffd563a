package org.npmportal.roster;

import java.util.List;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RosterRepository extends JpaRepository<Roster, Long> {

    /** The roster of a programme and year; the programme compared without regard to case. */
    @Query("select r from Roster r where lower(r.programme) = lower(:programme) and r.year = :year")
    Optional<Roster> findByProgrammeAndYear(@Param("programme") String programme, @Param("year") int year);

    @Query("""
            select r from Roster r
            where (:pattern is null or lower(r.title) like :pattern escape '!'
                   or lower(r.programme) like :pattern escape '!')
              and (:year is null or r.year = :year)
            """)
    List<Roster> search(@Param("pattern") String pattern, @Param("year") Integer year, Pageable pageable);

    @Query("""
            select count(r) from Roster r
            where (:pattern is null or lower(r.title) like :pattern escape '!'
                   or lower(r.programme) like :pattern escape '!')
              and (:year is null or r.year = :year)
            """)
    long countMatching(@Param("pattern") String pattern, @Param("year") Integer year);

    /**
     * The roster with its row locked until the transaction ends: whoever adds people to it, or changes an
     * address on it, goes one after the other, so that the check for someone already on it is reliable.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Roster r where r.id = :id")
    Optional<Roster> lockById(@Param("id") long id);

    /** The newest roster of all: the one the dashboard reports on. */
    Optional<Roster> findFirstByOrderByYearDescIdAsc();

    /** Visits of the roster dated outside a period: a period that leaves them out cannot be saved. */
    @Query(value = """
            select count(*) from monitoring_visit v
            where v.roster_id = :rosterId and (v.visited_on < :startsOn or v.visited_on > :endsOn)
            """, nativeQuery = true)
    long countVisitsOutside(@Param("rosterId") long rosterId, @Param("startsOn") java.time.LocalDate startsOn,
            @Param("endsOn") java.time.LocalDate endsOn);
}
