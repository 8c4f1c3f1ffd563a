package org.npmportal.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    boolean existsByEmailAndIdNot(String email, Long id);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = :role and u.enabled = true")
    boolean existsEnabledWithRole(@Param("role") Role role);

    @Query("select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true and u.id <> :id")
    long countOtherEnabledWithRole(@Param("role") Role role, @Param("id") Long id);

    long countByEnabledTrue();

    @Query("select u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.fullName")
    List<AppUser> findEnabledWithRole(@Param("role") Role role);

    List<AppUser> findByIdInOrderByFullName(Collection<Long> ids);

    @Query("""
            select u from AppUser u
            where :filter = '' or lower(u.username) like :filter escape '!'
               or lower(u.fullName) like :filter escape '!' or lower(u.email) like :filter escape '!'
            """)
    Page<AppUser> search(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select count(u) from AppUser u
            where :filter = '' or lower(u.username) like :filter escape '!'
               or lower(u.fullName) like :filter escape '!' or lower(u.email) like :filter escape '!'
            """)
    long countSearch(@Param("filter") String filter);
}
