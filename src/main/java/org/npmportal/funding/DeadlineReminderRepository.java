package org.npmportal.funding;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeadlineReminderRepository extends JpaRepository<DeadlineReminder, Long> {

    @Query("select count(r) > 0 from DeadlineReminder r where r.deadlineId = :deadlineId and r.daysBefore = :days")
    boolean sent(@Param("deadlineId") long deadlineId, @Param("days") int days);
}
