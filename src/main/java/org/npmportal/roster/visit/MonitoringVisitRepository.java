package org.npmportal.roster.visit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MonitoringVisitRepository extends JpaRepository<MonitoringVisit, Long> {

    @Query("""
            select v from MonitoringVisit v join fetch v.roster join fetch v.facility f join fetch f.region
            where v.id = :id
            """)
    Optional<MonitoringVisit> findLoaded(@Param("id") long id);

    /** Triples of (visit id, member id, member name) for the teams of these visits. */
    @Query("""
            select v.id, m.id, m.fullName from MonitoringVisit v join v.team m
            where v.id in :visitIds order by m.fullName, m.id
            """)
    List<Object[]> teams(@Param("visitIds") Collection<Long> visitIds);

    /** Pairs of (visit date, report date) of every visit on the roster. */
    @Query("select v.visitedOn, v.reportPublishedOn from MonitoringVisit v where v.roster.id = :rosterId")
    List<Object[]> datesOnRoster(@Param("rosterId") long rosterId);

    /** Triples of (member id, visit date, report date) for each member of a visit team on the roster. */
    @Query("""
            select m.id, v.visitedOn, v.reportPublishedOn from MonitoringVisit v join v.team m
            where v.roster.id = :rosterId
            """)
    List<Object[]> memberDatesOnRoster(@Param("rosterId") long rosterId);

    /**
     * (member id, member name, region, roster id, roster title, visit date, report date) for a person's visits
     * on every roster.
     */
    @Query("""
            select m.id, m.fullName, g, r.id, r.title, v.visitedOn, v.reportPublishedOn from MonitoringVisit v
            join v.team m join m.region g join v.roster r
            where m.email = :email
            """)
    List<Object[]> datesOfPerson(@Param("email") String email);

    /** The members among these who were on a team of the roster before that day. */
    @Query("""
            select distinct m.id from MonitoringVisit v join v.team m
            where v.roster.id = :rosterId and m.id in :memberIds and v.visitedOn < :day
              and (:exceptVisitId is null or v.id <> :exceptVisitId)
            """)
    List<Long> visitedBefore(@Param("rosterId") long rosterId, @Param("memberIds") Collection<Long> memberIds,
            @Param("day") java.time.LocalDate day, @Param("exceptVisitId") Long exceptVisitId);

    long countByReportPublishedOnIsNull();

    long countByFacilityId(long facilityId);
}
