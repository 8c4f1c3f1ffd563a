package org.npmportal.registration;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many people attended seminars, for features that relate something to attendance (funding's cost per
 * participant). An attending participant held a seat and was marked present at check-in on at least one day.
 * The callers guard access; the figures name nobody.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceFigures {

    private final EntityManager em;

    AttendanceFigures(EntityManager em) {
        this.em = em;
    }

    /** Attending participants per seminar id; seminars nobody attended are left out. */
    public Map<Long, Long> attendingParticipants(Collection<Long> seminarIds) {
        Map<Long, Long> result = new HashMap<>();
        if (seminarIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select r.seminar_id, count(distinct r.id) from registration r
                        join attendance a on a.registration_id = r.id
                        where r.seminar_id in (:ids) and r.status = 'CONFIRMED'
                        group by r.seminar_id
                        """)
                .setParameter("ids", seminarIds)
                .getResultList();
        for (Object[] row : rows) {
            result.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return result;
    }
}
