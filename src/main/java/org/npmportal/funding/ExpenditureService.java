package org.npmportal.funding;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.UserFacingException;
import org.npmportal.registration.AttendanceFigures;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expenditures against a grant's budget lines, and what each seminar cost. Recording locks the budget line's
 * row first, so that finance users booking on one line at the same moment go one after the other and every
 * entry is kept.
 */
@Service
@Transactional
public class ExpenditureService {

    static final String EXPENDITURE = "expenditure";
    static final int MAX_ROWS = 10_000;

    private final GrantRepository grants;
    private final BudgetLineRepository lines;
    private final ExpenditureRepository expenditures;
    private final AttendanceFigures attendance;
    private final AuditLog auditLog;
    private final EntityManager em;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    ExpenditureService(GrantRepository grants, BudgetLineRepository lines, ExpenditureRepository expenditures,
            AttendanceFigures attendance, AuditLog auditLog, EntityManager em, SecurityContextHolderStrategy security,
            Clock clock) {
        this.grants = grants;
        this.lines = lines;
        this.expenditures = expenditures;
        this.attendance = attendance;
        this.auditLog = auditLog;
        this.em = em;
        this.security = security;
        this.clock = clock;
    }

    // ---- changing ----

    /** Books an expenditure on one of the grant's lines and returns its id; the line's figures change at once. */
    @PreAuthorize(FundingService.EDITORS)
    public long record(long grantId, ExpenditureRequest request) {
        var grant = grants.findById(grantId).orElseThrow(() -> new UserFacingException("funding.grant.notFound"));
        var conversion = checked(grant, request);
        lines.lock(request.lineId());
        var expenditure = new Expenditure(grantId, actor(), clock.instant());
        expenditure.apply(request, conversion, clock.instant());
        expenditures.save(expenditure);
        auditLog.record("EXPENDITURE_RECORDED", EXPENDITURE, expenditure.getId(),
                "grant " + grantId + " line " + request.lineId() + " amount: – → " + FundingService.describe(conversion));
        return expenditure.getId();
    }

    /** Changes an expenditure; old and new amounts go to the audit log. */
    @PreAuthorize(FundingService.EDITORS)
    public void update(long expenditureId, ExpenditureRequest request) {
        var expenditure = expenditures.findById(expenditureId)
                .orElseThrow(() -> new UserFacingException("funding.expenditure.notFound"));
        var grant = grants.findById(expenditure.getGrantId()).orElseThrow();
        var conversion = checked(grant, request);
        lines.lock(Math.min(expenditure.getLineId(), request.lineId()));
        lines.lock(Math.max(expenditure.getLineId(), request.lineId()));
        var before = expenditure.conversion(grant.getCurrency());
        long lineBefore = expenditure.getLineId();
        expenditure.apply(request, conversion, clock.instant());
        auditLog.record("EXPENDITURE_CHANGED", EXPENDITURE, expenditureId,
                "line " + lineBefore + " → " + request.lineId() + " amount: " + FundingService.describe(before) + " → "
                        + FundingService.describe(conversion));
    }

    @PreAuthorize(FundingService.EDITORS)
    public void delete(long expenditureId) {
        var expenditure = expenditures.findById(expenditureId)
                .orElseThrow(() -> new UserFacingException("funding.expenditure.notFound"));
        var grant = grants.findById(expenditure.getGrantId()).orElseThrow();
        lines.lock(expenditure.getLineId());
        auditLog.record("EXPENDITURE_DELETED", EXPENDITURE, expenditureId, "grant " + grant.getId() + " line "
                + expenditure.getLineId() + " amount: " + FundingService.describe(expenditure.conversion(grant.getCurrency()))
                + " → –");
        expenditures.delete(expenditure);
    }

    private Conversion checked(Grant grant, ExpenditureRequest request) {
        var rules = new FundingRules();
        if (request.lineId() == null) {
            rules.add("lineId", FundingRules.REQUIRED);
        } else if (lines.findById(request.lineId()).filter(l -> l.getGrantId() == grant.getId()).isEmpty()) {
            rules.add("lineId", "funding.line.notFound");
        }
        if (request.spentOn() == null) {
            rules.add("spentOn", FundingRules.REQUIRED);
        } else if (!grant.covers(request.spentOn())) {
            rules.add("spentOn", "funding.expenditure.outsidePeriod");
        }
        rules.positive("amount", request.amount());
        var currency = rules.currency("currency", request.currency());
        rules.rate("rate", request.rate(), currency, grant.getCurrency());
        rules.text("supplier", request.supplier(), ExpenditureRequest.SUPPLIER_MAX, true);
        rules.text("documentNumber", request.documentNumber(), ExpenditureRequest.DOCUMENT_MAX, true);
        rules.text("description", request.description(), ExpenditureRequest.DESCRIPTION_MAX, false);
        if (request.seminarId() != null && em.find(Seminar.class, request.seminarId()) == null) {
            rules.add("seminarId", "funding.seminar.notFound");
        }
        rules.throwIfAny();
        return Conversion.of(new Money(request.amount(), currency.orElseThrow()), request.rate(), grant.getCurrency());
    }

    private String actor() {
        var authentication = security.getContext().getAuthentication();
        return authentication == null ? AuditLog.SYSTEM : authentication.getName();
    }

    // ---- reading ----

    @PreAuthorize(FundingService.READERS)
    @Transactional(readOnly = true)
    public List<ExpenditureRow> list(long grantId, ExpenditureFilter filter, Pageable pageable) {
        return rows(grantId, filter, (int) pageable.getOffset(), pageable.getPageSize());
    }

    @PreAuthorize(FundingService.READERS)
    @Transactional(readOnly = true)
    public long count(long grantId, ExpenditureFilter filter) {
        var query = em.createQuery("select count(e) from Expenditure e where e.grantId = :grantId" + where(filter),
                Long.class);
        bind(query, grantId, filter);
        return query.getSingleResult();
    }

    /** Every expenditure that matches, for exports (at most {@value #MAX_ROWS}). */
    @PreAuthorize(FundingService.READERS)
    @Transactional(readOnly = true)
    public List<ExpenditureRow> all(long grantId, ExpenditureFilter filter) {
        return rows(grantId, filter, 0, MAX_ROWS);
    }

    @PreAuthorize(FundingService.READERS)
    @Transactional(readOnly = true)
    public Optional<ExpenditureRequest> get(long expenditureId) {
        return expenditures.findById(expenditureId).map(Expenditure::toRequest);
    }

    /** Seminars an expenditure may be for: every one that was not cancelled, newest first. */
    @PreAuthorize(FundingService.READERS)
    @Transactional(readOnly = true)
    public List<SeminarOption> seminars() {
        return em.createQuery("""
                        select s from Seminar s where s.status <> :cancelled and s.startsAt is not null
                        order by s.startsAt desc, s.id""", Seminar.class)
                .setParameter("cancelled", SeminarStatus.CANCELLED)
                .setMaxResults(MAX_ROWS)
                .getResultList().stream()
                .map(s -> new SeminarOption(s.getId(), s.getTitle(), s.getCity(), s.getStartsAt().toLocalDate()))
                .toList();
    }

    /**
     * What each seminar cost, per grant currency, newest seminar first: across all grants, or paid from one
     * grant when grantId is given.
     */
    @PreAuthorize(FundingService.READERS)
    @Transactional(readOnly = true)
    public List<SeminarCost> seminarCosts(Long grantId) {
        var jpql = """
                select e.seminarId, g.currency, sum(e.amountInGrant) from Expenditure e, Grant g
                where g.id = e.grantId and e.seminarId is not null""" + (grantId == null ? "" : " and e.grantId = :grantId")
                + " group by e.seminarId, g.currency";
        var query = em.createQuery(jpql, Object[].class);
        if (grantId != null) {
            query.setParameter("grantId", grantId);
        }
        List<Object[]> sums = query.getResultList();
        if (sums.isEmpty()) {
            return List.of();
        }
        List<Long> seminarIds = sums.stream().map(row -> (Long) row[0]).distinct().toList();
        Map<Long, Seminar> seminars = new HashMap<>();
        em.createQuery("select s from Seminar s where s.id in :ids", Seminar.class).setParameter("ids", seminarIds)
                .getResultList().forEach(s -> seminars.put(s.getId(), s));
        Map<Long, Long> attending = attendance.attendingParticipants(seminarIds);
        List<SeminarCost> costs = new ArrayList<>();
        for (Object[] row : sums) {
            var seminar = seminars.get((Long) row[0]);
            var total = new Money((BigDecimal) row[2], (CurrencyCode) row[1]);
            long people = attending.getOrDefault(seminar.getId(), 0L);
            costs.add(new SeminarCost(seminar.getId(), seminar.getTitle(), seminar.getCity(),
                    seminar.getStartsAt() == null ? null : seminar.getStartsAt().toLocalDate(), total, people,
                    total.dividedBy(people)));
        }
        costs.sort(Comparator.comparing(SeminarCost::firstDay, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SeminarCost::seminarId).thenComparing(c -> c.total().currency()));
        return costs;
    }

    private List<ExpenditureRow> rows(long grantId, ExpenditureFilter filter, int offset, int limit) {
        var currency = grants.findById(grantId).map(Grant::getCurrency)
                .orElseThrow(() -> new UserFacingException("funding.grant.notFound"));
        var query = em.createQuery("""
                select e, l.code, l.name, s.title from Expenditure e
                join BudgetLine l on l.id = e.lineId
                left join Seminar s on s.id = e.seminarId
                where e.grantId = :grantId""" + where(filter) + " order by e.spentOn desc, e.id desc", Object[].class);
        bind(query, grantId, filter);
        query.setFirstResult(offset);
        query.setMaxResults(limit);
        return query.getResultList().stream().map(row -> {
            var e = (Expenditure) row[0];
            var request = e.toRequest();
            return new ExpenditureRow(e.getId(), request.spentOn(), e.getLineId(), (String) row[1], (String) row[2],
                    e.conversion(currency), request.supplier(), request.documentNumber(), request.description(),
                    request.seminarId(), (String) row[3], e.createdBy());
        }).toList();
    }

    private static String where(ExpenditureFilter filter) {
        var sql = new StringBuilder();
        if (filter.lineId() != null) {
            sql.append(" and e.lineId = :lineId");
        }
        if (filter.from() != null) {
            sql.append(" and e.spentOn >= :from");
        }
        if (filter.to() != null) {
            sql.append(" and e.spentOn <= :to");
        }
        if (filter.seminarId() != null) {
            sql.append(" and e.seminarId = :seminarId");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (lower(e.supplier) like :text or lower(e.documentNumber) like :text"
                    + " or lower(e.description) like :text)");
        }
        return sql.toString();
    }

    private static void bind(TypedQuery<?> query, long grantId, ExpenditureFilter filter) {
        query.setParameter("grantId", grantId);
        if (filter.lineId() != null) {
            query.setParameter("lineId", filter.lineId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (filter.seminarId() != null) {
            query.setParameter("seminarId", filter.seminarId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
    }
}
