package org.npmportal.selection;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.npmportal.base.Texts;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the organisers' candidate list: rows built by the database in one query (a constructor
 * expression with the region joined and the CV as a subquery), so a page never loads candidates one by one.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CandidateQueries {

    /** Sort properties the list accepts; anything else is ignored. */
    static final String SORT_CODE = "code";
    static final String SORT_NAME = "fullName";
    static final String SORT_STATUS = "status";
    static final String SORT_CREATED = "createdAt";

    private static final String ROW = """
            select new org.npmportal.selection.CandidateRow(c.id, c.code, c.fullName, c.email, c.phone,
                   c.organisation, r, c.languages, c.experience, c.motivation, c.language, c.shareContacts,
                   c.status, c.source, c.createdAt, c.confirmedAt,
                   case when exists (select 1 from CandidateCv cv where cv.candidateId = c.id) then true else false end)
            from Candidate c left join Region r on r.id = c.regionId
            """;

    private final EntityManager em;

    CandidateQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * One page in two steps: the ids of the page, sorted and limited by the database on the candidate's own
     * columns, then the rows of those ids with the region and whether a CV exists. In one query the databases
     * looked for the CV of every matching candidate before sorting.
     */
    List<CandidateRow> rows(long roundId, CandidateFilter filter, Pageable pageable) {
        var idQuery = em.createQuery("select c.id from Candidate c" + where(filter) + orderBy(pageable.getSort()),
                Long.class);
        bind(idQuery, roundId, filter);
        if (pageable.isPaged()) {
            idQuery.setFirstResult((int) pageable.getOffset());
            idQuery.setMaxResults(pageable.getPageSize());
        }
        List<Long> ids = idQuery.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CandidateRow> byId = new HashMap<>();
        em.createQuery(ROW + " where c.id in :ids", CandidateRow.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).toList();
    }

    long count(long roundId, CandidateFilter filter) {
        var query = em.createQuery("select count(c) from Candidate c" + where(filter), Long.class);
        bind(query, roundId, filter);
        return query.getSingleResult();
    }

    Map<CandidateStatus, Long> countsByStatus(long roundId) {
        var counts = new EnumMap<CandidateStatus, Long>(CandidateStatus.class);
        em.createQuery("select c.status, count(c) from Candidate c where c.roundId = :roundId group by c.status",
                        Object[].class)
                .setParameter("roundId", roundId)
                .getResultList()
                .forEach(row -> counts.put((CandidateStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** The number after the highest code of the round; call while holding the round's lock. */
    int nextNumber(long roundId) {
        Integer highest = em.createQuery("""
                        select max(cast(substring(c.code, 3) as Integer)) from Candidate c where c.roundId = :roundId
                        """, Integer.class)
                .setParameter("roundId", roundId)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    private static String where(CandidateFilter filter) {
        var where = new StringBuilder(" where c.roundId = :roundId");
        if (!filter.statuses().isEmpty()) {
            where.append(" and c.status in :statuses");
        }
        if (Texts.blankToNull(filter.text()) != null) {
            where.append("""
                     and (lower(c.code) like :pattern escape '!' or lower(c.fullName) like :pattern escape '!'
                          or lower(c.email) like :pattern escape '!'
                          or lower(coalesce(c.organisation, '')) like :pattern escape '!')
                    """);
        }
        if (filter.regionId() != null) {
            where.append(" and c.regionId = :regionId");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, long roundId, CandidateFilter filter) {
        query.setParameter("roundId", roundId);
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

    /** The requested order, then the code, so that pages never overlap; by code when nothing is asked for. */
    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order requested : sort) {
            String expression = switch (requested.getProperty()) {
                case SORT_CODE -> "length(c.code), c.code";
                case SORT_NAME -> "c.fullName";
                case SORT_CREATED -> "c.createdAt";
                case SORT_STATUS -> "case c.status when org.npmportal.selection.CandidateStatus.UNCONFIRMED then 0"
                        + " when org.npmportal.selection.CandidateStatus.ACTIVE then 1 else 2 end";
                default -> null;
            };
            if (expression != null) {
                String direction = requested.isAscending() ? " asc" : " desc";
                orders.add(expression.replace(",", direction + ",") + direction);
            }
        }
        orders.add("length(c.code) asc, c.code asc");
        return " order by " + String.join(", ", orders);
    }
}
