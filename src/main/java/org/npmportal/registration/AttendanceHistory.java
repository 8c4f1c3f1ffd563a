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
import java.util.stream.Collectors;
import org.npmportal.seminar.SeminarStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seminars people attended, found by their e-mail address, for features that show a person's record
 * to staff. One query for any number of people (in slices the database's parameter limit allows).
 */
@Component
@Transactional(readOnly = true)
public class AttendanceHistory {

    /** Addresses per query; well below every database's limit on parameters. */
    private static final int SLICE = 500;

    private final EntityManager em;

    AttendanceHistory(EntityManager em) {
        this.em = em;
    }

    /**
     * For each address (compared in lower case) the seminars where the person had a seat and that were
     * held (completed, or with the person marked present), newest first; keyed by the lower-case address.
     * Addresses without any are absent from the map.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'COMMISSION')")
    public Map<String, List<SeminarAttended>> byEmail(Collection<String> emails) {
        List<String> wanted = List.copyOf(emails.stream().filter(Objects::nonNull)
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        Map<String, List<SeminarAttended>> result = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += SLICE) {
            var slice = wanted.subList(from, Math.min(wanted.size(), from + SLICE));
            em.createQuery("""
                            select r.email, s.id, s.title, s.startsAt, s.endsAt, s.city,
                                   (select count(a) from Attendance a where a.registrationId = r.id),
                                   r.certificateNumber
                            from Registration r join r.seminar s
                            where r.email in :emails
                              and r.status = org.npmportal.registration.RegistrationStatus.CONFIRMED
                              and (s.status = :completed
                                   or exists (select 1 from Attendance p where p.registrationId = r.id))
                            order by s.startsAt desc, s.id desc
                            """, Object[].class)
                    .setParameter("emails", slice)
                    .setParameter("completed", SeminarStatus.COMPLETED)
                    .getResultList()
                    .forEach(row -> result.computeIfAbsent((String) row[0], email -> new ArrayList<>())
                            .add(attended(row)));
        }
        result.replaceAll((email, seminars) -> List.copyOf(seminars));
        return result;
    }

    private static SeminarAttended attended(Object[] row) {
        var start = (LocalDateTime) row[3];
        var end = (LocalDateTime) row[4];
        int days = start == null || end == null ? 0
                : (int) ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate()) + 1;
        return new SeminarAttended((Long) row[1], (String) row[2], start == null ? null : start.toLocalDate(),
                end == null ? null : end.toLocalDate(), (String) row[5], days, ((Long) row[6]).intValue(),
                row[7] != null);
    }
}
