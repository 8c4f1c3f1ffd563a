package org.npmportal.registration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.npmportal.base.Texts;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the organisers' participant screens: rows built by the database in one query each
 * (constructor expressions with the region joined and the attendance and queue place as subqueries),
 * so that a page of the grid never loads registrations one by one.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ParticipantQueries {

    /** Sort properties the list accepts; anything else is ignored. */
    static final String SORT_NAME = "fullName";
    static final String SORT_STATUS = "status";
    static final String SORT_CREATED = "createdAt";

    private final EntityManager em;

    ParticipantQueries(EntityManager em) {
        this.em = em;
    }

    Optional<Seminar> seminar(long seminarId) {
        return Optional.ofNullable(em.find(Seminar.class, seminarId));
    }

    /**
     * One page of rows in two steps: first the ids of the page, sorted and limited by the database using only
     * the registration's own columns and indexes, then the rows of just those ids with their subqueries. In one
     * query the databases worked out the queue place and attendance of every matching registration before
     * sorting, which took seconds for a seminar with thousands on its waitlist. The queries are JPQL text, whose
     * translation Hibernate keeps, rather than criteria, which it translates again for every page.
     */
    List<ParticipantRow> rows(long seminarId, ParticipantFilter filter, Pageable pageable) {
        var idQuery = em.createQuery("select r.id from Registration r" + where(filter) + orderBy(pageable.getSort()),
                Long.class);
        bind(idQuery, seminarId, filter);
        if (pageable.isPaged()) {
            idQuery.setFirstResult((int) pageable.getOffset());
            idQuery.setMaxResults(pageable.getPageSize());
        }
        List<Long> ids = idQuery.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ParticipantRow> byId = new HashMap<>();
        em.createQuery(ROW, ParticipantRow.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> byId.put(row.id(), row));
        return withPlacesInQueue(seminarId, ids.stream().map(byId::get).toList());
    }

    /**
     * Fills in the queue places of the rows' waitlisted registrations from one read of the waitlist's numbers up
     * to the last of them. A count per row (a subquery in the row query) scanned the waitlist's index up to each
     * row's number, up to 50 scans of thousands of entries for a page deep in a popular seminar's waitlist.
     */
    private List<ParticipantRow> withPlacesInQueue(long seminarId, List<ParticipantRow> rows) {
        int last = rows.stream().filter(ParticipantQueries::waiting).mapToInt(ParticipantRow::waitlistNumber).max()
                .orElse(0);
        if (last == 0) {
            return rows;
        }
        int[] waitlist = em.createQuery("""
                        select w.waitlistNumber from Registration w
                        where w.seminar.id = :seminarId
                          and w.status = org.npmportal.registration.RegistrationStatus.WAITLISTED
                          and w.waitlistNumber <= :last
                        order by w.waitlistNumber
                        """, Integer.class)
                .setParameter("seminarId", seminarId)
                .setParameter("last", last)
                .getResultList().stream().mapToInt(Integer::intValue).toArray();
        return rows.stream().map(row -> {
            if (!waiting(row)) {
                return row;
            }
            // Those waiting with a number up to this one; if the row left the waitlist since it was read, those
            // before it plus one, its place as read.
            int at = Arrays.binarySearch(waitlist, row.waitlistNumber());
            return row.withPlaceInQueue(at >= 0 ? at + 1 : -at);
        }).toList();
    }

    private static boolean waiting(ParticipantRow row) {
        return row.status() == RegistrationStatus.WAITLISTED && row.waitlistNumber() != null;
    }

    long count(long seminarId, ParticipantFilter filter) {
        var query = em.createQuery("select count(r) from Registration r" + where(filter), Long.class);
        bind(query, seminarId, filter);
        return query.getSingleResult();
    }

    Map<RegistrationStatus, Long> countsByStatus(long seminarId) {
        var counts = new EnumMap<RegistrationStatus, Long>(RegistrationStatus.class);
        em.createQuery("""
                        select r.status, count(r) from Registration r where r.seminar.id = :seminarId
                        group by r.status
                        """, Object[].class)
                .setParameter("seminarId", seminarId)
                .getResultList()
                .forEach(row -> counts.put((RegistrationStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Registrations in this status across the seminars that are public now. */
    long countInPublicSeminars(RegistrationStatus status) {
        return em.createQuery("""
                        select count(r) from Registration r
                        where r.status = :status and r.seminar.status in :seminarStatuses
                        """, Long.class)
                .setParameter("status", status)
                .setParameter("seminarStatuses", List.of(SeminarStatus.PUBLISHED, SeminarStatus.REGISTRATION_CLOSED))
                .getSingleResult();
    }

    /** The registrations with these ids that belong to the seminar; call after taking the seminar's lock. */
    List<Registration> registrations(long seminarId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Registration r where r.seminar.id = :seminarId and r.id in :ids",
                        Registration.class)
                .setParameter("seminarId", seminarId)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The addresses with an active registration for the seminar. */
    List<String> activeEmails(long seminarId) {
        return em.createQuery("""
                        select r.email from Registration r where r.seminar.id = :seminarId and r.status in :active
                        """, String.class)
                .setParameter("seminarId", seminarId)
                .setParameter("active", RegistrationStatus.ACTIVE)
                .getResultList();
    }

    List<Invitation> invitations(long seminarId) {
        return em.createQuery("select i from Invitation i where i.seminarId = :seminarId", Invitation.class)
                .setParameter("seminarId", seminarId)
                .getResultList();
    }

    List<InvitationRow> invitationRows(long seminarId, Pageable pageable) {
        var query = em.createQuery("""
                        select new org.npmportal.registration.InvitationRow(i.id, i.fullName, i.email, i.language,
                               i.createdAt, i.createdBy, i.expiresAt, r.status)
                        from Invitation i
                        left join Registration r on r.seminar.id = i.seminarId and r.email = i.email
                        where i.seminarId = :seminarId
                        order by i.fullName, i.id
                        """, InvitationRow.class)
                .setParameter("seminarId", seminarId);
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset());
            query.setMaxResults(pageable.getPageSize());
        }
        return query.getResultList();
    }

    long countInvitations(long seminarId) {
        return em.createQuery("select count(i) from Invitation i where i.seminarId = :seminarId", Long.class)
                .setParameter("seminarId", seminarId)
                .getSingleResult();
    }

    /** Those with a seat, found by a part of the name or organisation, and whether they are present on the day. */
    List<CheckInRow> checkInRows(long seminarId, LocalDate day, String text, Pageable pageable) {
        String search = Texts.blankToNull(text);
        var query = em.createQuery("""
                        select new org.npmportal.registration.CheckInRow(r.id, r.fullName, r.organisation, r.email,
                               case when a.id is null then false else true end)
                        from Registration r
                        left join Attendance a on a.registrationId = r.id and a.attendedOn = :day
                        where r.seminar.id = :seminarId
                          and r.status = org.npmportal.registration.RegistrationStatus.CONFIRMED
                        """ + (search == null ? "" : CHECK_IN_SEARCH) + " order by r.fullName, r.id",
                        CheckInRow.class)
                .setParameter("seminarId", seminarId)
                .setParameter("day", day);
        if (search != null) {
            query.setParameter("pattern", Texts.likeContains(search));
        }
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset());
            query.setMaxResults(pageable.getPageSize());
        }
        return query.getResultList();
    }

    long countCheckIn(long seminarId, String text) {
        String search = Texts.blankToNull(text);
        var query = em.createQuery("""
                        select count(r) from Registration r
                        where r.seminar.id = :seminarId
                          and r.status = org.npmportal.registration.RegistrationStatus.CONFIRMED
                        """ + (search == null ? "" : CHECK_IN_SEARCH), Long.class)
                .setParameter("seminarId", seminarId);
        if (search != null) {
            query.setParameter("pattern", Texts.likeContains(search));
        }
        return query.getSingleResult();
    }

    private static final String CHECK_IN_SEARCH = """
             and (lower(r.fullName) like :pattern escape '!'
                  or lower(coalesce(r.organisation, '')) like :pattern escape '!')
            """;

    private static final String ROW = """
            select new org.npmportal.registration.ParticipantRow(r.id, r.fullName, r.email, r.organisation,
                   r.position, g, r.language, r.status, r.waitlistNumber, 0L,
                   r.needs, r.consentListing, r.createdAt, r.emailConfirmedAt,
                   (select count(a) from Attendance a where a.registrationId = r.id))
            from Registration r left join r.region g
            where r.id in :ids
            """;

    /** Statuses in the order of a registration's life, not alphabetically. */
    private static final String STATUS_RANK = Arrays.stream(RegistrationStatus.values())
            .map(status -> " when org.npmportal.registration.RegistrationStatus." + status.name() + " then "
                    + status.ordinal())
            .collect(Collectors.joining("", "case r.status", " else " + RegistrationStatus.values().length + " end"));

    private static String where(ParticipantFilter filter) {
        var where = new StringBuilder(" where r.seminar.id = :seminarId");
        if (!filter.statuses().isEmpty()) {
            where.append(" and r.status in :statuses");
        }
        if (Texts.blankToNull(filter.text()) != null) {
            where.append("""
                     and (lower(r.fullName) like :pattern escape '!' or lower(r.email) like :pattern escape '!'
                          or lower(coalesce(r.organisation, '')) like :pattern escape '!')
                    """);
        }
        if (filter.regionId() != null) {
            where.append(" and r.region.id = :regionId");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, long seminarId, ParticipantFilter filter) {
        query.setParameter("seminarId", seminarId);
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses());
        }
        String text = Texts.blankToNull(filter.text());
        if (text != null) {
            query.setParameter("pattern", Texts.likeContains(text));
        }
        if (filter.regionId() != null) {
            query.setParameter("regionId", filter.regionId());
        }
    }

    /** The requested order, then the id, so that pages never overlap; by name when nothing is asked for. */
    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order requested : sort.isSorted() ? sort : Sort.by(SORT_NAME)) {
            String expression = switch (requested.getProperty()) {
                case SORT_NAME -> "r.fullName";
                case SORT_CREATED -> "r.createdAt";
                case SORT_STATUS -> STATUS_RANK;
                default -> null;
            };
            if (expression != null) {
                orders.add(expression + (requested.isAscending() ? " asc" : " desc"));
            }
        }
        orders.add("r.id asc");
        return " order by " + String.join(", ", orders);
    }
}
