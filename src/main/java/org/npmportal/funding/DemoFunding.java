package org.npmportal.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.DemoData;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;

/**
 * The three grants of the source documents: PRI's EU-funded "Implementing Stage" project (€76,000, three aims,
 * two instalments, spending in tenge and euros including the two November 2013 seminars), the EU's €12 million
 * judicial reform programme and the NPM's functional budget of 2014 (about €1 million, kept in tenge). Entered
 * through the services as finance staff would, under the audit's system actor. Rates are those of late 2013,
 * about 210 tenge to the euro.
 */
@Component
@Profile("demo")
@Order(60)
class DemoFunding implements DemoData {

    static final String PRI_TITLE = "Support of the National Preventive Mechanism (NPM) in Kazakhstan: Implementing Stage";
    private static final String NOVEMBER_RATE = "0.00476190";
    private static final String OCTOBER_RATE = "0.00483092";

    private final FundingService funding;
    private final ExpenditureService spending;
    private final GrantRepository grants;
    private final SecurityContextHolderStrategy security;

    DemoFunding(FundingService funding, ExpenditureService spending, GrantRepository grants,
            SecurityContextHolderStrategy security) {
        this.funding = funding;
        this.spending = spending;
        this.grants = grants;
        this.security = security;
    }

    @Override
    public void load() {
        if (grants.count() > 0) {
            return;
        }
        asFinance(() -> {
            pri();
            judicialReform();
            functionalBudget();
            return null;
        });
    }

    private void pri() {
        long grant = funding.saveGrant(null, null, new GrantRequest(PRI_TITLE, "European Union",
                "Penal Reform International", "EIDHR/2013/NPM-KZ-01", new BigDecimal("76000"), "EUR",
                LocalDate.of(2013, 9, 1), LocalDate.of(2015, 8, 31), GrantStatus.AWARDED));
        funding.saveAims(grant, List.of(
                new AimRequest("Effective reporting on the results of monitoring by CSOs within the NPM",
                        "Visit reports published by NPM members within a month of the visit",
                        "At least 80 % of reports; a consolidated annual report"),
                new AimRequest("Strengthened capacity of civil society in prison monitoring",
                        "NGO monitors trained in the NPM methodology", "100 monitors trained in two seminars and follow-ups"),
                new AimRequest("Effective cooperation mechanisms between CSOs and the Ombudsman",
                        "Joint meetings of the NPM Co-ordination Council with recommendations followed up",
                        "4 meetings a year; a written follow-up procedure agreed")));
        funding.addDeadline(grant, new DeadlineRequest(DeadlineKind.NARRATIVE, LocalDate.of(2014, 9, 30), "Interim"));
        funding.addDeadline(grant, new DeadlineRequest(DeadlineKind.FINANCIAL, LocalDate.of(2014, 9, 30), "Interim"));
        funding.addDeadline(grant, new DeadlineRequest(DeadlineKind.NARRATIVE, LocalDate.of(2015, 10, 31), "Final"));
        funding.addDeadline(grant, new DeadlineRequest(DeadlineKind.FINANCIAL, LocalDate.of(2015, 10, 31), "Final"));
        funding.recordInstalment(grant, new InstalmentRequest(LocalDate.of(2013, 10, 15), new BigDecimal("30400"), "EUR", null));
        funding.recordInstalment(grant, new InstalmentRequest(LocalDate.of(2014, 10, 20), new BigDecimal("22800"), "EUR", null));

        long staff = line(grant, "1.1", BudgetCategory.STAFF, "Project co-ordinator and finance officer", "24000");
        long travel = line(grant, "2.1", BudgetCategory.TRAVEL, "Travel and per diem of experts and participants", "12000");
        long venue = line(grant, "3.1", BudgetCategory.VENUE, "Seminar venues and catering", "14000");
        long interpretation = line(grant, "4.1", BudgetCategory.INTERPRETATION,
                "Interpretation (Kazakh, Russian, English) and translation of reports", "9000");
        long printing = line(grant, "5.1", BudgetCategory.PRINTING, "Printing of handouts and monitoring reports", "5000");
        long equipment = line(grant, "6.1", BudgetCategory.EQUIPMENT, "Laptops and a projector", "3000");
        line(grant, "7.1", BudgetCategory.OTHER, "Audit, bank charges and visibility", "9000");

        Long astana = seminar("Astana", LocalDate.of(2013, 11, 19));
        Long almaty = seminar("Almaty", LocalDate.of(2013, 11, 29));
        for (int month = 10; month <= 12; month++) {
            spend(grant, staff, LocalDate.of(2013, month, 28), "1500", "EUR", null, "Penal Reform International",
                    "PRI-SAL-2013-" + month, "Salaries, " + month + "/2013", null);
        }
        spend(grant, equipment, LocalDate.of(2013, 10, 21), "262000", "KZT", OCTOBER_RATE, "TechnoDom LLP",
                "TD-44812", "Two laptops", null);
        spend(grant, printing, LocalDate.of(2013, 11, 14), "315000", "KZT", NOVEMBER_RATE, "Print House Astana LLP",
                "PH-1311-07", "Handouts for the November seminars", astana);
        spend(grant, travel, LocalDate.of(2013, 11, 18), "2350", "EUR", null, "Air Astana JSC", "KC-7781-2350",
                "Flights of the experts from Armenia", astana);
        spend(grant, venue, LocalDate.of(2013, 11, 20), "1260000", "KZT", NOVEMBER_RATE, "Hotel Astana LLP",
                "HA-2013-1120", "Conference hall and catering, 2 days, 60 people", astana);
        spend(grant, interpretation, LocalDate.of(2013, 11, 20), "540000", "KZT", NOVEMBER_RATE,
                "Lingua Service LLP", "LS-311", "Simultaneous interpretation, 2 days", astana);
        spend(grant, travel, LocalDate.of(2013, 11, 28), "1840", "EUR", null, "Air Astana JSC", "KC-7795-1840",
                "Flights and per diem of the experts", almaty);
        spend(grant, venue, LocalDate.of(2013, 11, 30), "1150000", "KZT", NOVEMBER_RATE, "Hotel Almaty LLP",
                "HAL-2013-1130", "Conference hall and catering, 2 days", almaty);
        spend(grant, interpretation, LocalDate.of(2013, 11, 30), "480000", "KZT", NOVEMBER_RATE,
                "Lingua Service LLP", "LS-318", "Simultaneous interpretation, 2 days", almaty);
    }

    private void judicialReform() {
        long grant = funding.saveGrant(null, null, new GrantRequest("Support to Judicial Reform in Kazakhstan",
                "European Union", "Implementing consortium of EU member-state agencies", "EU/KZ/2014/JR",
                new BigDecimal("12000000"), "EUR", LocalDate.of(2014, 1, 1), LocalDate.of(2018, 12, 31),
                GrantStatus.AWARDED));
        line(grant, "1", BudgetCategory.STAFF, "Long- and short-term experts", "5200000");
        line(grant, "2", BudgetCategory.TRAVEL, "Study visits and missions", "1300000");
        line(grant, "3", BudgetCategory.VENUE, "Trainings and conferences", "1500000");
        line(grant, "4", BudgetCategory.INTERPRETATION, "Interpretation and translation", "1200000");
        line(grant, "5", BudgetCategory.PRINTING, "Publications", "600000");
        line(grant, "6", BudgetCategory.EQUIPMENT, "Court IT equipment", "1400000");
        line(grant, "7", BudgetCategory.OTHER, "Evaluation, audit and contingencies", "800000");
        funding.recordInstalment(grant, new InstalmentRequest(LocalDate.of(2014, 3, 1), new BigDecimal("3000000"), "EUR", null));
    }

    private void functionalBudget() {
        long grant = funding.saveGrant(null, null, new GrantRequest("NPM functional budget 2014",
                "Republic of Kazakhstan (state budget)", "National Ombudsman Office", "NPM-2014",
                new BigDecimal("210000000"), "KZT", LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31),
                GrantStatus.CLOSED));
        long fees = line(grant, "1", BudgetCategory.STAFF, "Fees of NPM monitors", "120000000");
        long visits = line(grant, "2", BudgetCategory.TRAVEL, "Travel to places of detention", "60000000");
        line(grant, "3", BudgetCategory.PRINTING, "Printing of visit reports", "15000000");
        line(grant, "4", BudgetCategory.OTHER, "Co-ordination Council and administration", "15000000");
        funding.recordInstalment(grant, new InstalmentRequest(LocalDate.of(2014, 1, 15), new BigDecimal("210000000"),
                "KZT", null));
        spend(grant, fees, LocalDate.of(2014, 12, 20), "118400000", "KZT", null, "NPM monitors (112)",
                "OMB-2014-FEES", "Fees for 276 visits", null);
        spend(grant, visits, LocalDate.of(2014, 12, 20), "57250000", "KZT", null, "Various carriers",
                "OMB-2014-TRAVEL", "Travel for 276 visits", null);
    }

    private long line(long grant, String code, BudgetCategory category, String name, String planned) {
        return funding.saveLine(grant, null, new LineRequest(code, category, name, new BigDecimal(planned)));
    }

    private void spend(long grant, long line, LocalDate day, String amount, String currency, String rate,
            String supplier, String document, String description, Long seminar) {
        spending.record(grant, new ExpenditureRequest(line, day, new BigDecimal(amount), currency,
                rate == null ? null : new BigDecimal(rate), supplier, document, description, seminar));
    }

    /** The demo seminar of that city starting that day, or none when the seminar demo did not make it. */
    private Long seminar(String city, LocalDate firstDay) {
        return spending.seminars().stream().filter(s -> city.equals(s.city()) && firstDay.equals(s.firstDay()))
                .map(SeminarOption::id).findFirst().orElse(null);
    }

    private <T> T asFinance(Supplier<T> work) {
        var previous = security.getContext();
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(AuditLog.SYSTEM, null,
                AuthorityUtils.createAuthorityList("ROLE_FINANCE"))));
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }
}
