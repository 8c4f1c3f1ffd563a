package org.npmportal.funding;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineRepository extends JpaRepository<Deadline, Long> {

    List<Deadline> findByGrantIdOrderByDueOnAscIdAsc(long grantId);

    List<Deadline> findByDueOnBetweenOrderByDueOnAscIdAsc(LocalDate from, LocalDate to);
}
