package org.npmportal.registration;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    boolean existsByRegistrationIdAndAttendedOn(long registrationId, LocalDate attendedOn);

    @Modifying(flushAutomatically = true)
    @Query("delete from Attendance a where a.registrationId = :registrationId and a.attendedOn = :day")
    int unmark(@Param("registrationId") long registrationId, @Param("day") LocalDate day);

    /** Pairs of (day, number of people marked present) for one seminar. */
    @Query("""
            select a.attendedOn, count(a) from Attendance a, Registration r
            where r.id = a.registrationId and r.seminar.id = :seminarId
            group by a.attendedOn
            """)
    List<Object[]> presentPerDay(@Param("seminarId") long seminarId);
}
