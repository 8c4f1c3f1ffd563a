package org.npmportal.registration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.npmportal.base.Texts;
import org.npmportal.directory.Region;
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
     * sorting, which took seconds for a seminar with thousands on its waitlist.
     */
    List<ParticipantRow> rows(long seminarId, ParticipantFilter filter, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var idQuery = cb.createQuery(Long.class);
        Root<Registration> matched = idQuery.from(Registration.class);
        idQuery.select(matched.get("id"))
                .where(matching(cb, matched, seminarId, filter))
                .orderBy(order(cb, matched, pageable.getSort()));
        var typedIds = em.createQuery(idQuery);
        if (pageable.isPaged()) {
            typedIds.setFirstResult((int) pageable.getOffset());
            typedIds.setMaxResults(pageable.getPageSize());
        }
        return rowsOf(typedIds.getResultList());
    }

    /** The rows of these registrations, in the order of the ids. */
    private List<ParticipantRow> rowsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(ParticipantRow.class);
        Root<Registration> r = query.from(Registration.class);
        var region = r.<Registration, Region>join("region", JoinType.LEFT);

        var attended = query.subquery(Long.class);
        Root<Attendance> a = attended.from(Attendance.class);
        attended.select(cb.count(a)).where(cb.equal(a.get("registrationId"), r.get("id")));

        var place = query.subquery(Long.class);
        Root<Registration> w = place.from(Registration.class);
        place.select(cb.count(w)).where(
                cb.equal(w.get("seminar"), r.get("seminar")),
                cb.equal(w.get("status"), RegistrationStatus.WAITLISTED),
                cb.equal(r.get("status"), RegistrationStatus.WAITLISTED),
                cb.le(w.get("waitlistNumber"), r.<Integer>get("waitlistNumber")));

        query.select(cb.construct(ParticipantRow.class, r.get("id"), r.get("fullName"), r.get("email"),
                r.get("organisation"), r.get("position"), region, r.get("language"), r.get("status"),
                r.get("waitlistNumber"), place, r.get("needs"), r.get("consentListing"), r.get("createdAt"),
                r.get("emailConfirmedAt"), attended));
        query.where(r.get("id").in(ids));
        Map<Long, ParticipantRow> byId = new HashMap<>();
        em.createQuery(query).getResultList().forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).toList();
    }

    long count(long seminarId, ParticipantFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        Root<Registration> r = query.from(Registration.class);
        query.select(cb.count(r)).where(matching(cb, r, seminarId, filter));
        return em.createQuery(query).getSingleResult();
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

    private static Predicate matching(CriteriaBuilder cb, Root<Registration> r, long seminarId,
            ParticipantFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(cb.equal(r.get("seminar").get("id"), seminarId));
        if (!filter.statuses().isEmpty()) {
            predicates.add(r.get("status").in(filter.statuses()));
        }
        String text = Texts.blankToNull(filter.text());
        if (text != null) {
            String pattern = Texts.likeContains(text);
            predicates.add(cb.or(
                    cb.like(cb.lower(r.get("fullName")), pattern, Texts.LIKE_ESCAPE),
                    cb.like(cb.lower(r.get("email")), pattern, Texts.LIKE_ESCAPE),
                    cb.like(cb.lower(cb.coalesce(r.get("organisation"), "")), pattern, Texts.LIKE_ESCAPE)));
        }
        if (filter.regionId() != null) {
            predicates.add(cb.equal(r.get("region").get("id"), filter.regionId()));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    /** The requested order, then the id, so that pages never overlap; by name when nothing is asked for. */
    private static List<Order> order(CriteriaBuilder cb, Root<Registration> r, Sort sort) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order requested : sort.isSorted() ? sort : Sort.by(SORT_NAME)) {
            Expression<?> expression = switch (requested.getProperty()) {
                case SORT_NAME -> r.get("fullName");
                case SORT_CREATED -> r.get("createdAt");
                case SORT_STATUS -> statusRank(cb, r);
                default -> null;
            };
            if (expression != null) {
                orders.add(requested.isAscending() ? cb.asc(expression) : cb.desc(expression));
            }
        }
        orders.add(cb.asc(r.get("id")));
        return orders;
    }

    /** Statuses in the order of a registration's life, not alphabetically. */
    private static Expression<Integer> statusRank(CriteriaBuilder cb, Root<Registration> r) {
        var rank = cb.<RegistrationStatus, Integer>selectCase(r.get("status"));
        for (RegistrationStatus status : RegistrationStatus.values()) {
            rank = rank.when(status, status.ordinal());
        }
        return rank.otherwise(RegistrationStatus.values().length);
    }
}
