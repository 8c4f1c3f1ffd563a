package org.npmportal.roster;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RosterMemberRepository extends JpaRepository<RosterMember, Long> {

    @Query("select m from RosterMember m join fetch m.roster join fetch m.region where m.id = :id")
    Optional<RosterMember> findLoaded(@Param("id") long id);

    @Query("select m.email from RosterMember m where m.roster.id = :rosterId")
    List<String> emailsOn(@Param("rosterId") long rosterId);

    @Query("""
            select m from RosterMember m join fetch m.region
            where m.roster.id = :rosterId order by m.region.sortOrder, m.fullName, m.id
            """)
    List<RosterMember> findOnRoster(@Param("rosterId") long rosterId);

    @Query("""
            select m from RosterMember m join fetch m.roster r join fetch m.region
            where m.email = :email order by r.year desc, r.id desc
            """)
    List<RosterMember> findByEmail(@Param("email") String email);

    /** Every membership of these people, newest year first: one query however many addresses. */
    @Query("""
            select new org.npmportal.roster.RosterHistoryQueries$Row(m.email, r.year, r.title, m.region.id, m.role,
                   m.status)
            from RosterMember m join m.roster r
            where m.email in :emails order by r.year desc, r.id desc, m.id
            """)
    List<RosterHistoryQueries.Row> historyOf(@Param("emails") Collection<String> emails);

    /**
     * Triples of (roster id, region id, members counting on the team) for these rosters, each counted on
     * its reference day: today, or the nearest day of the roster's period.
     */
    @Query("""
            select r.id, m.region.id, count(m) from RosterMember m join m.roster r
            where r.id in :rosterIds and m.status = org.npmportal.roster.MemberStatus.ACTIVE
              and m.startsOn <= (case when :today < r.startsOn then r.startsOn
                                      when :today > r.endsOn then r.endsOn else :today end)
              and (m.endsOn is null
                   or m.endsOn >= (case when :today < r.startsOn then r.startsOn
                                        when :today > r.endsOn then r.endsOn else :today end))
            group by r.id, m.region.id
            """)
    List<Object[]> activePerRegion(@Param("rosterIds") Collection<Long> rosterIds, @Param("today") LocalDate today);

    /** Marks whether the member with this address on a roster was on the year before's roster. */
    @Modifying(flushAutomatically = true)
    @Query("update RosterMember m set m.returning = :returning where m.roster.id = :rosterId and m.email = :email")
    int markReturning(@Param("rosterId") long rosterId, @Param("email") String email,
            @Param("returning") boolean returning);

    /** Pairs of (roster id, members) and (roster id, active members) for a page of rosters. */
    @Query("""
            select m.roster.id, count(m),
                   sum(case when m.status = org.npmportal.roster.MemberStatus.ACTIVE then 1 else 0 end)
            from RosterMember m where m.roster.id in :rosterIds group by m.roster.id
            """)
    List<Object[]> countsPerRoster(@Param("rosterIds") Collection<Long> rosterIds);

    boolean existsByRosterIdAndEmail(long rosterId, String email);

    @Query("""
            select count(m) from RosterMember m
            where m.roster.id = :rosterId and (m.startsOn < :startsOn or m.startsOn > :endsOn)
            """)
    long countStartingOutside(@Param("rosterId") long rosterId, @Param("startsOn") LocalDate startsOn,
            @Param("endsOn") LocalDate endsOn);
}
