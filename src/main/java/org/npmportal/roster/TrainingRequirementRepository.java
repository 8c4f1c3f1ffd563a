package org.npmportal.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingRequirementRepository extends JpaRepository<TrainingRequirement, Long> {

    @Query("""
            select distinct q from TrainingRequirement q left join fetch q.seminars
            where q.roster.id = :rosterId order by q.name, q.id
            """)
    List<TrainingRequirement> findOnRoster(@Param("rosterId") long rosterId);

    @Query("""
            select distinct q from TrainingRequirement q left join fetch q.seminars join fetch q.roster
            where q.roster.id in :rosterIds order by q.name, q.id
            """)
    List<TrainingRequirement> findOnRosters(@Param("rosterIds") Collection<Long> rosterIds);

    @Query("select q from TrainingRequirement q left join fetch q.seminars join fetch q.roster where q.id = :id")
    Optional<TrainingRequirement> findLoaded(@Param("id") long id);

    @Query("""
            select count(q) > 0 from TrainingRequirement q
            where q.roster.id = :rosterId and lower(q.name) = lower(:name) and (:exceptId is null or q.id <> :exceptId)
            """)
    boolean nameTaken(@Param("rosterId") long rosterId, @Param("name") String name, @Param("exceptId") Long exceptId);
}
