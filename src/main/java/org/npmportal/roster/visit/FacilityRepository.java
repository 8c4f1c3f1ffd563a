package org.npmportal.roster.visit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FacilityRepository extends JpaRepository<Facility, Long> {

    String MATCHING = """
            from Facility f join f.region g
            where (:pattern is null or lower(f.name) like :pattern escape '!'
                   or lower(coalesce(f.address, '')) like :pattern escape '!')
              and (:type is null or f.type = :type)
              and (:regionId is null or g.id = :regionId)
            """;

    @Query("""
            select new org.npmportal.roster.visit.FacilityRow(f.id, f.version, f.name, f.type, g, f.address,
                   (select count(v) from MonitoringVisit v where v.facility = f))
            """ + MATCHING + " order by g.sortOrder, f.name, f.id")
    List<FacilityRow> search(@Param("pattern") String pattern, @Param("type") FacilityType type,
            @Param("regionId") Long regionId, Pageable pageable);

    @Query("select count(f) " + MATCHING)
    long countMatching(@Param("pattern") String pattern, @Param("type") FacilityType type,
            @Param("regionId") Long regionId);

    @Query("""
            select count(f) > 0 from Facility f
            where f.region.id = :regionId and lower(f.name) = lower(:name) and (:exceptId is null or f.id <> :exceptId)
            """)
    boolean nameTaken(@Param("regionId") long regionId, @Param("name") String name, @Param("exceptId") Long exceptId);
}
