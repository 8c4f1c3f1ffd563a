package org.npmportal.roster.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.npmportal.base.Texts;
import org.npmportal.roster.RosterMember;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A roster's visits a page at a time, with the place and its region fetched in the same query. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class VisitQueries {

    static final String SORT_VISITED = VisitService.SORT_VISITED;
    static final String SORT_REPORTED = VisitService.SORT_REPORTED;
    static final String SORT_FACILITY = VisitService.SORT_FACILITY;
    static final String SORT_REGION = VisitService.SORT_REGION;

    private final EntityManager em;

    VisitQueries(EntityManager em) {
        this.em = em;
    }

    List<MonitoringVisit> page(long rosterId, VisitFilter filter, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<MonitoringVisit> query = cb.createQuery(MonitoringVisit.class);
        Root<MonitoringVisit> v = query.from(MonitoringVisit.class);
        var facility = v.fetch("facility", JoinType.INNER);
        facility.fetch("region", JoinType.INNER);
        query.select(v).where(matching(cb, query, v, rosterId, filter));
        query.orderBy(order(cb, v, pageable.getSort()));
        var typed = em.createQuery(query);
        if (pageable.isPaged()) {
            typed.setFirstResult((int) pageable.getOffset());
            typed.setMaxResults(pageable.getPageSize());
        }
        return typed.getResultList();
    }

    long count(long rosterId, VisitFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<MonitoringVisit> v = query.from(MonitoringVisit.class);
        query.select(cb.count(v)).where(matching(cb, query, v, rosterId, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** The members of the roster with these ids; others are not returned. */
    List<RosterMember> members(long rosterId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from RosterMember m where m.roster.id = :rosterId and m.id in :ids",
                        RosterMember.class)
                .setParameter("rosterId", rosterId)
                .setParameter("ids", ids)
                .getResultList();
    }

    private static Predicate matching(CriteriaBuilder cb, CriteriaQuery<?> query, Root<MonitoringVisit> v,
            long rosterId, VisitFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(cb.equal(v.get("roster").get("id"), rosterId));
        if (filter.regionId() != null) {
            predicates.add(cb.equal(v.get("facility").get("region").get("id"), filter.regionId()));
        }
        if (filter.type() != null) {
            predicates.add(cb.equal(v.get("facility").get("type"), filter.type()));
        }
        if (filter.reportPublished() != null) {
            predicates.add(filter.reportPublished() ? cb.isNotNull(v.get("reportPublishedOn"))
                    : cb.isNull(v.get("reportPublishedOn")));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(v.get("visitedOn"), filter.from()));
        }
        if (filter.to() != null) {
            predicates.add(cb.lessThanOrEqualTo(v.get("visitedOn"), filter.to()));
        }
        String text = Texts.blankToNull(filter.text());
        if (text != null) {
            predicates.add(cb.like(cb.lower(v.get("facility").get("name")), Texts.likeContains(text),
                    Texts.LIKE_ESCAPE));
        }
        if (filter.memberId() != null) {
            var sub = query.subquery(Long.class);
            Root<MonitoringVisit> w = sub.from(MonitoringVisit.class);
            var member = w.join("team");
            sub.select(w.get("id")).where(cb.equal(w, v), cb.equal(member.get("id"), filter.memberId()));
            predicates.add(cb.exists(sub));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    /** The requested order, then the id; latest visits first when nothing is asked for. */
    private static List<Order> order(CriteriaBuilder cb, Root<MonitoringVisit> v, Sort sort) {
        List<Order> orders = new ArrayList<>();
        Sort effective = sort.isSorted() ? sort : Sort.by(Sort.Order.desc(SORT_VISITED));
        for (Sort.Order requested : effective) {
            Expression<?> expression = switch (requested.getProperty()) {
                case SORT_VISITED -> v.get("visitedOn");
                case SORT_REPORTED -> v.get("reportPublishedOn");
                case SORT_FACILITY -> v.get("facility").get("name");
                case SORT_REGION -> v.get("facility").get("region").get("sortOrder");
                default -> null;
            };
            if (expression != null) {
                orders.add(requested.isAscending() ? cb.asc(expression) : cb.desc(expression));
            }
        }
        orders.add(cb.desc(v.get("id")));
        return orders;
    }
}
