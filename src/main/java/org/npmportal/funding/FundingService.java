package org.npmportal.funding;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.DashboardFigure;
import org.npmportal.base.DashboardFigureSource;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants with their aims, deadlines, budget lines and instalments, and the figures of a grant's budget.
 * Finance staff and administrators change them; organisers read them. Every change of an amount goes to the
 * audit log with its old and new value.
 */
@Service
@Order(60)
@Transactional
public class FundingService implements DashboardFigureSource {

    static final String READERS = "hasAnyRole('FINANCE', 'ADMIN', 'ORGANISER')";
    static final String EDITORS = "hasAnyRole('FINANCE', 'ADMIN')";
    static final String GRANT = "funding_grant";
    static final String LINE = "budget_line";
    static final String INSTALMENT = "funding_instalment";
    static final int AIMS_MAX = 20;
    /** The portal's working time zone, where "today" is taken for deadlines and time elapsed. */
    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private final GrantRepository grants;
    private final BudgetLineRepository lines;
    private final ExpenditureRepository expenditures;
    private final InstalmentRepository instalments;
    private final AimRepository aims;
    private final DeadlineRepository deadlines;
    private final AuditLog auditLog;
    private final EntityManager em;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    FundingService(GrantRepository grants, BudgetLineRepository lines, ExpenditureRepository expenditures,
            InstalmentRepository instalments, AimRepository aims, DeadlineRepository deadlines, AuditLog auditLog,
            EntityManager em, SecurityContextHolderStrategy security, Clock clock) {
        this.grants = grants;
        this.lines = lines;
        this.expenditures = expenditures;
        this.instalments = instalments;
        this.aims = aims;
        this.deadlines = deadlines;
        this.auditLog = auditLog;
        this.em = em;
        this.security = security;
        this.clock = clock;
    }

    // ---- reading ----

    /** Whether the signed-in user may change funding (finance staff and administrators). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public boolean mayEdit() {
        var authentication = security.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_FINANCE") || a.getAuthority().equals("ROLE_ADMIN"));
    }

    /** Grants, newest period first, with received and spent money. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Page<GrantRow> list(GrantFilter filter, Pageable pageable) {
        var query = em.createQuery("select g from Grant g" + where(filter) + " order by g.startsOn desc, g.id desc",
                Grant.class);
        bind(query, filter);
        query.setFirstResult((int) pageable.getOffset());
        query.setMaxResults(pageable.getPageSize());
        List<Grant> page = query.getResultList();
        return new PageImpl<>(rows(page), pageable, count(filter));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(GrantFilter filter) {
        var query = em.createQuery("select count(g) from Grant g" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** Distinct donors, for the list's filter. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<String> donors() {
        return em.createQuery("select distinct g.donor from Grant g order by g.donor", String.class).getResultList();
    }

    /** Funded grants added up per currency, the currencies in their declared order. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<PortfolioTotal> portfolio() {
        List<Grant> funded = em.createQuery("select g from Grant g where g.status in :statuses", Grant.class)
                .setParameter("statuses", List.of(GrantStatus.AWARDED, GrantStatus.CLOSED))
                .getResultList();
        Map<CurrencyCode, PortfolioTotal> totals = new EnumMap<>(CurrencyCode.class);
        for (GrantRow row : rows(funded)) {
            var currency = row.awarded().currency();
            var zero = Money.zero(currency);
            var sum = totals.getOrDefault(currency, new PortfolioTotal(currency, 0, zero, zero, zero));
            totals.put(currency, new PortfolioTotal(currency, sum.grants() + 1, sum.awarded().plus(row.awarded()),
                    sum.received().plus(row.received()), sum.spent().plus(row.spent())));
        }
        return List.copyOf(totals.values());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<GrantDetails> grant(long grantId) {
        return grants.findById(grantId).map(this::details);
    }

    /** The grant's budget against actual spending, line by line, as of today. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public GrantBudget budget(long grantId) {
        var grant = grants.findById(grantId).orElseThrow(() -> new UserFacingException("funding.grant.notFound"));
        return budgetOf(grant);
    }

    GrantBudget budgetOf(Grant grant) {
        var currency = grant.getCurrency();
        Map<Long, BigDecimal> spentPerLine = new HashMap<>();
        for (Object[] row : expenditures.spentPerLine(grant.getId())) {
            spentPerLine.put((Long) row[0], (BigDecimal) row[1]);
        }
        List<LineFigures> figures = new ArrayList<>();
        var planned = Money.zero(currency);
        var spent = Money.zero(currency);
        for (BudgetLine line : lines.findByGrantIdOrderByCodeAscIdAsc(grant.getId())) {
            var linePlanned = new Money(line.getPlanned(), currency);
            var lineSpent = new Money(spentPerLine.getOrDefault(line.getId(), BigDecimal.ZERO), currency);
            figures.add(new LineFigures(line.getId(), line.getVersion(), line.getCode(), line.getCategory(),
                    line.getName(), linePlanned, lineSpent, linePlanned.minus(lineSpent),
                    lineSpent.percentOf(linePlanned), LineState.of(linePlanned, lineSpent)));
            planned = planned.plus(linePlanned);
            spent = spent.plus(lineSpent);
        }
        var received = Money.zero(currency);
        for (Instalment instalment : instalments.findByGrantIdOrderByReceivedOnAscIdAsc(grant.getId())) {
            received = received.plus(instalment.conversion(currency).converted());
        }
        var awarded = grant.awarded();
        return new GrantBudget(currency, figures, awarded, planned, spent, awarded.minus(spent), received,
                spent.percentOf(awarded), timeElapsed(grant.getStartsOn(), grant.getEndsOn(), today()));
    }

    /** The share of the grant's days (both ends counted) that have passed by the end of today, 0 to 100. */
    static BigDecimal timeElapsed(LocalDate from, LocalDate to, LocalDate today) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long passed = Math.clamp(ChronoUnit.DAYS.between(from, today) + 1, 0, days);
        return BigDecimal.valueOf(passed * 100).divide(BigDecimal.valueOf(days), 1, Money.ROUNDING);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    // ---- grants ----

    /** Creates a grant (grantId null) or saves its details; a changed amount or currency is logged. */
    @PreAuthorize(EDITORS)
    public long saveGrant(Long grantId, Long expectedVersion, GrantRequest request) {
        var rules = new FundingRules();
        rules.text("title", request.title(), GrantRequest.TITLE_MAX, true);
        rules.text("donor", request.donor(), GrantRequest.NAME_MAX, true);
        rules.text("implementer", request.implementer(), GrantRequest.NAME_MAX, true);
        rules.text("referenceNumber", request.referenceNumber(), GrantRequest.REFERENCE_MAX, false);
        rules.positive("amount", request.amount());
        var currency = rules.currency("currency", request.currency());
        rules.required("startsOn", request.startsOn());
        rules.required("endsOn", request.endsOn());
        rules.required("status", request.status());
        if (request.startsOn() != null && request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            rules.add("endsOn", "funding.period.order");
        }
        rules.throwIfAny();
        var now = clock.instant();
        if (grantId == null) {
            var grant = new Grant(now);
            grant.apply(request, currency.orElseThrow(), now);
            grants.save(grant);
            auditLog.record("GRANT_CREATED", GRANT, grant.getId(), "amount: – → " + grant.awarded());
            return grant.getId();
        }
        var grant = grants.lock(grantId).orElseThrow(() -> new UserFacingException("funding.grant.notFound"));
        if (expectedVersion != null && grant.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentChange");
        }
        if (currency.orElseThrow() != grant.getCurrency()
                && (!lines.findByGrantIdOrderByCodeAscIdAsc(grantId).isEmpty()
                        || expenditures.countByGrantId(grantId) > 0)) {
            throw new InvalidInputException("currency", "funding.grant.currencyFixed");
        }
        if (grant.getStartsOn() != null && outsideNewPeriod(grantId, request.startsOn(), request.endsOn())) {
            throw new InvalidInputException("startsOn", "funding.grant.periodExcludesExpenditures");
        }
        var before = grant.awarded();
        grant.apply(request, currency.orElseThrow(), now);
        grants.flush();
        if (!before.equals(grant.awarded())) {
            auditLog.record("GRANT_AMOUNT_CHANGED", GRANT, grantId, "amount: " + before + " → " + grant.awarded());
        } else {
            auditLog.record("GRANT_CHANGED", GRANT, grantId, "details");
        }
        return grantId;
    }

    private boolean outsideNewPeriod(long grantId, LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select count(e) from Expenditure e where e.grantId = :grantId
                        and (e.spentOn < :from or e.spentOn > :to)""", Long.class)
                .setParameter("grantId", grantId).setParameter("from", from).setParameter("to", to)
                .getSingleResult() > 0;
    }

    /** Replaces the grant's aims with these, in this order. */
    @PreAuthorize(EDITORS)
    public void saveAims(long grantId, List<AimRequest> newAims) {
        grants.lock(grantId).orElseThrow(() -> new UserFacingException("funding.grant.notFound"));
        var rules = new FundingRules();
        if (newAims.size() > AIMS_MAX) {
            rules.add("aims", "funding.aims.tooMany");
        }
        for (int i = 0; i < newAims.size(); i++) {
            var aim = newAims.get(i);
            rules.text("aims[" + i + "].aim", aim.aim(), AimRequest.TEXT_MAX, true);
            rules.text("aims[" + i + "].indicator", aim.indicator(), AimRequest.TEXT_MAX, true);
            rules.text("aims[" + i + "].target", aim.target(), AimRequest.TARGET_MAX, true);
        }
        rules.throwIfAny();
        aims.deleteOfGrant(grantId);
        for (int i = 0; i < newAims.size(); i++) {
            aims.save(new Aim(grantId, i + 1, newAims.get(i)));
        }
        auditLog.record("GRANT_AIMS_CHANGED", GRANT, grantId, newAims.size() + " aims");
    }

    @PreAuthorize(EDITORS)
    public long addDeadline(long grantId, DeadlineRequest request) {
        grants.findById(grantId).orElseThrow(() -> new UserFacingException("funding.grant.notFound"));
        var rules = new FundingRules();
        rules.required("kind", request.kind());
        rules.required("dueOn", request.dueOn());
        rules.text("description", request.description(), DeadlineRequest.DESCRIPTION_MAX, false);
        rules.throwIfAny();
        var deadline = deadlines.save(new Deadline(grantId, request));
        auditLog.record("DEADLINE_ADDED", GRANT, grantId, request.kind() + " " + request.dueOn());
        return deadline.getId();
    }

    @PreAuthorize(EDITORS)
    public void removeDeadline(long deadlineId) {
        deadlines.findById(deadlineId).ifPresent(deadline -> {
            deadlines.delete(deadline);
            auditLog.record("DEADLINE_REMOVED", GRANT, deadline.getGrantId(),
                    deadline.getKind() + " " + deadline.getDueOn());
        });
    }

    // ---- budget lines ----

    /** Adds a line (lineId null) or changes one; a changed planned amount is logged with old and new value. */
    @PreAuthorize(EDITORS)
    public long saveLine(long grantId, Long lineId, LineRequest request) {
        var grant = grants.findById(grantId).orElseThrow(() -> new UserFacingException("funding.grant.notFound"));
        var rules = new FundingRules();
        rules.text("code", request.code(), LineRequest.CODE_MAX, true);
        rules.required("category", request.category());
        rules.text("name", request.name(), LineRequest.NAME_MAX, true);
        rules.positive("planned", request.planned());
        if (request.code() != null && !request.code().isBlank()
                && lines.existsByGrantIdAndCodeAndIdNot(grantId, request.code().strip(), lineId == null ? -1 : lineId)) {
            rules.add("code", "funding.line.codeTaken");
        }
        rules.throwIfAny();
        var now = clock.instant();
        if (lineId == null) {
            var line = new BudgetLine(grantId, now);
            line.apply(request, now);
            lines.save(line);
            auditLog.record("BUDGET_LINE_CREATED", LINE, line.getId(),
                    line.getCode() + " planned: – → " + new Money(line.getPlanned(), grant.getCurrency()));
            return line.getId();
        }
        var line = lines.lock(lineId).filter(l -> l.getGrantId() == grantId)
                .orElseThrow(() -> new UserFacingException("funding.line.notFound"));
        var before = new Money(line.getPlanned(), grant.getCurrency());
        line.apply(request, now);
        var after = new Money(line.getPlanned(), grant.getCurrency());
        auditLog.record(before.equals(after) ? "BUDGET_LINE_CHANGED" : "BUDGET_LINE_PLANNED_CHANGED", LINE, lineId,
                line.getCode() + " planned: " + before + " → " + after);
        return lineId;
    }

    // ---- instalments ----

    @PreAuthorize(EDITORS)
    public long recordInstalment(long grantId, InstalmentRequest request) {
        var grant = grants.findById(grantId).orElseThrow(() -> new UserFacingException("funding.grant.notFound"));
        var rules = new FundingRules();
        rules.required("receivedOn", request.receivedOn());
        rules.positive("amount", request.amount());
        var currency = rules.currency("currency", request.currency());
        rules.rate("rate", request.rate(), currency, grant.getCurrency());
        rules.throwIfAny();
        var conversion = Conversion.of(new Money(request.amount(), currency.orElseThrow()), request.rate(),
                grant.getCurrency());
        var instalment = instalments.save(new Instalment(grantId, request.receivedOn(), conversion, clock.instant()));
        auditLog.record("INSTALMENT_RECORDED", INSTALMENT, instalment.getId(),
                "grant " + grantId + " amount: – → " + describe(conversion));
        return instalment.getId();
    }

    static String describe(Conversion conversion) {
        return conversion.original().currency() == conversion.converted().currency()
                ? conversion.original().toString()
                : conversion.original() + " at " + conversion.rate().stripTrailingZeros().toPlainString() + " = "
                        + conversion.converted();
    }

    // ---- dashboard ----

    @Override
    @Transactional(readOnly = true)
    public List<DashboardFigure> dashboardFigures() {
        var authentication = security.getContext().getAuthentication();
        boolean reader = authentication != null && authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_FINANCE") || a.equals("ROLE_ADMIN") || a.equals("ROLE_ORGANISER"));
        if (!reader) {
            return List.of();
        }
        long awarded = em.createQuery("select count(g) from Grant g where g.status = :status", Long.class)
                .setParameter("status", GrantStatus.AWARDED).getSingleResult();
        long due = em.createQuery("select count(d) from Deadline d where d.dueOn between :from and :to", Long.class)
                .setParameter("from", today()).setParameter("to", today().plusDays(30)).getSingleResult();
        return List.of(new DashboardFigure("funding.dashboard.awarded", awarded, "funding"),
                new DashboardFigure("funding.dashboard.deadlines", due, "funding"));
    }

    // ---- helpers ----

    private GrantDetails details(Grant grant) {
        long id = grant.getId();
        var currency = grant.getCurrency();
        return new GrantDetails(id, grant.getVersion(), grant.getTitle(), grant.getDonor(), grant.getImplementer(),
                grant.getReferenceNumber(), grant.awarded(), grant.getStartsOn(), grant.getEndsOn(), grant.getStatus(),
                aims.ofGrant(id).stream().map(Aim::toRequest).toList(),
                deadlines.findByGrantIdOrderByDueOnAscIdAsc(id).stream()
                        .map(d -> new DeadlineRow(d.getId(), d.getKind(), d.getDueOn(), d.getDescription())).toList(),
                instalments.findByGrantIdOrderByReceivedOnAscIdAsc(id).stream()
                        .map(i -> new InstalmentRow(i.getId(), i.getReceivedOn(), i.conversion(currency))).toList());
    }

    private List<GrantRow> rows(List<Grant> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        var ids = page.stream().map(Grant::getId).toList();
        Map<Long, BigDecimal> spent = sums(expenditures.spentPerGrant(ids));
        Map<Long, BigDecimal> received = sums(instalments.receivedPerGrant(ids));
        return page.stream().map(g -> new GrantRow(g.getId(), g.getTitle(), g.getDonor(), g.getImplementer(),
                g.getStatus(), g.awarded(), g.getStartsOn(), g.getEndsOn(),
                new Money(received.getOrDefault(g.getId(), BigDecimal.ZERO), g.getCurrency()),
                new Money(spent.getOrDefault(g.getId(), BigDecimal.ZERO), g.getCurrency()))).toList();
    }

    private static Map<Long, BigDecimal> sums(List<Object[]> rows) {
        Map<Long, BigDecimal> result = new HashMap<>();
        for (Object[] row : rows) {
            result.put((Long) row[0], (BigDecimal) row[1]);
        }
        return result;
    }

    private static String where(GrantFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("g.status = :status");
        }
        if (filter.donor() != null && !filter.donor().isBlank()) {
            conditions.add("lower(g.donor) like :donor");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(jakarta.persistence.Query query, GrantFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.donor() != null && !filter.donor().isBlank()) {
            query.setParameter("donor", "%" + filter.donor().strip().toLowerCase(Locale.ROOT) + "%");
        }
    }
}
