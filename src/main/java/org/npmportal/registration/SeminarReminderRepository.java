package org.npmportal.registration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeminarReminderRepository extends JpaRepository<SeminarReminder, Long> {

    List<SeminarReminder> findBySeminarId(long seminarId);
}
