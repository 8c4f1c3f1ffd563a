package org.npmportal.registration;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Who earned an attendance certificate: people with a seat who were marked present on every seminar day. */
interface CertificateQueries extends Repository<Registration, Long> {

    @Query(value = """
            select r.id from registration r
            join attendance a on a.registration_id = r.id
            where r.seminar_id = :seminarId and r.status = 'CONFIRMED'
              and a.attended_on between :firstDay and :lastDay
            group by r.id
            having count(distinct a.attended_on) = :days
            order by r.id
            """, nativeQuery = true)
    List<Long> attendedEveryDay(@Param("seminarId") long seminarId, @Param("firstDay") java.time.LocalDate firstDay,
            @Param("lastDay") java.time.LocalDate lastDay, @Param("days") int days);
}
