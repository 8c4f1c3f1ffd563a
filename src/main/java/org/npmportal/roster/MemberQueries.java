package org.npmportal.roster;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.npmportal.base.Texts;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members list of a roster, a page at a time, with the region fetched in the same query so that a
 * page never loads regions one by one.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MemberQueries {

    /** Sort properties the list accepts; anything else is ignored. */
    static final String SORT_NAME = "fullName";
    static final String SORT_REGION = "region";
    static final String SORT_ROLE = "role";
    static final String SORT_STATUS = "status";
    static final String SORT_STARTS = "startsOn";

    private final EntityManager em;

    MemberQueries(EntityManager em) {
        this.em = em;
    }

    List<RosterMember> page(long rosterId, MemberFilter filter, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(RosterMember.class);
        Root<RosterMember> m = query.from(RosterMember.class);
        m.fetch("region", JoinType.INNER);
        m.fetch("roster", JoinType.INNER);
        query.select(m).where(matching(cb, m, rosterId, filter));
        query.orderBy(order(cb, m, pageable.getSort()));
        var typed = em.createQuery(query);
        if (pageable.isPaged()) {
            typed.setFirstResult((int) pageable.getOffset());
            typed.setMaxResults(pageable.getPageSize());
        }
        return typed.getResultList();
    }

    long count(long rosterId, MemberFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        Root<RosterMember> m = query.from(RosterMember.class);
        query.select(cb.count(m)).where(matching(cb, m, rosterId, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate matching(CriteriaBuilder cb, Root<RosterMember> m, long rosterId, MemberFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(cb.equal(m.get("roster").get("id"), rosterId));
        String text = Texts.blankToNull(filter.text());
        if (text != null) {
            String pattern = Texts.likeContains(text);
            predicates.add(cb.or(
                    cb.like(cb.lower(m.get("fullName")), pattern, Texts.LIKE_ESCAPE),
                    cb.like(cb.lower(m.get("email")), pattern, Texts.LIKE_ESCAPE),
                    cb.like(cb.lower(cb.coalesce(m.get("organisation"), "")), pattern, Texts.LIKE_ESCAPE)));
        }
        if (filter.regionId() != null) {
            predicates.add(cb.equal(m.get("region").get("id"), filter.regionId()));
        }
        if (!filter.roles().isEmpty()) {
            predicates.add(m.get("role").in(filter.roles()));
        }
        if (!filter.statuses().isEmpty()) {
            predicates.add(m.get("status").in(filter.statuses()));
        }
        if (filter.returning() != null) {
            predicates.add(cb.equal(m.get("returning"), filter.returning()));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    /** The requested order, then the id, so that pages never overlap; by region and name when nothing is asked for. */
    private static List<Order> order(CriteriaBuilder cb, Root<RosterMember> m, Sort sort) {
        List<Order> orders = new ArrayList<>();
        Sort effective = sort.isSorted() ? sort : Sort.by(SORT_REGION, SORT_NAME);
        for (Sort.Order requested : effective) {
            Expression<?> expression = switch (requested.getProperty()) {
                case SORT_NAME -> m.get("fullName");
                case SORT_REGION -> m.get("region").get("sortOrder");
                case SORT_ROLE -> rank(cb, m.get("role"), MemberRole.values());
                case SORT_STATUS -> rank(cb, m.get("status"), MemberStatus.values());
                case SORT_STARTS -> m.get("startsOn");
                default -> null;
            };
            if (expression != null) {
                orders.add(requested.isAscending() ? cb.asc(expression) : cb.desc(expression));
            }
        }
        orders.add(cb.asc(m.get("id")));
        return orders;
    }

    /** Enum values in their declared order, not alphabetically. */
    private static <E extends Enum<E>> Expression<Integer> rank(CriteriaBuilder cb, Expression<E> value, E[] values) {
        var rank = cb.<E, Integer>selectCase(value);
        for (E each : values) {
            rank = rank.when(each, each.ordinal());
        }
        return rank.otherwise(values.length);
    }
}
