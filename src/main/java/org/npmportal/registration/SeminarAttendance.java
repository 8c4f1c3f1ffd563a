package org.npmportal.registration;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which seminars people attended, found by their e-mail addresses, for features that follow people
 * across seminars (such as the training status of a roster's monitors). One query for all addresses.
 */
@Service
@Transactional(readOnly = true)
public class SeminarAttendance {

    private final EntityManager em;

    SeminarAttendance(EntityManager em) {
        this.em = em;
    }

    /**
     * The seminars attended by each address (compared in lower case), earliest first; addresses that
     * attended nothing are absent.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'COMMISSION')")
    public Map<String, List<AttendedSeminar>> byEmail(Collection<String> emails) {
        Set<String> wanted = new LinkedHashSet<>();
        emails.stream().filter(Objects::nonNull).map(e -> e.strip().toLowerCase(Locale.ROOT))
                .filter(e -> !e.isEmpty()).forEach(wanted::add);
        Map<String, List<AttendedSeminar>> result = new HashMap<>();
        if (wanted.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("""
                        select r.email, s.id, s.title, s.city, s.startsAt, s.endsAt, r.certificateNumber,
                               (select count(a) from Attendance a where a.registrationId = r.id)
                        from Registration r join r.seminar s
                        where r.email in :emails
                          and r.status = org.npmportal.registration.RegistrationStatus.CONFIRMED
                          and s.startsAt is not null and s.endsAt is not null
                        order by s.startsAt, s.id
                        """, Object[].class)
                .setParameter("emails", wanted)
                .getResultList();
        for (Object[] row : rows) {
            int present = ((Number) row[7]).intValue();
            if (present == 0) {
                continue;
            }
            var first = ((LocalDateTime) row[4]).toLocalDate();
            var last = ((LocalDateTime) row[5]).toLocalDate();
            int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
            result.computeIfAbsent((String) row[0], e -> new ArrayList<>()).add(new AttendedSeminar((Long) row[1],
                    (String) row[2], (String) row[3], first, last, present, days, (String) row[6]));
        }
        return result;
    }
}
