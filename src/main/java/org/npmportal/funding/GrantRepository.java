package org.npmportal.funding;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrantRepository extends JpaRepository<Grant, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from Grant g where g.id = :id")
    Optional<Grant> lock(@Param("id") long id);
}
