package org.npmportal.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.npmportal.funding.FundingFixture.COMMISSION;
import static org.npmportal.funding.FundingFixture.FINANCE;
import static org.npmportal.funding.FundingFixture.ORGANISER;
import static org.npmportal.funding.FundingFixture.tenge;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.i18n.Messages;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Grants, budget lines and expenditures through the services, checked on the stored state of a real database:
 * H2 in {@link FundingTest}, MariaDB in {@link FundingMariaDbIT}. Money figures are worked by hand: tenge at
 * 0.00476 EUR (about 210 KZT per euro), rounded once to cents, half to even.
 */
abstract class FundingContract {

    @Autowired
    FundingService funding;
    @Autowired
    ExpenditureService spending;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    Messages messages;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    TestClock clock;

    FundingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new FundingFixture(funding, spending, security);
    }

    @Test
    void a_tenge_invoice_counts_on_its_line_in_euros_converted_once_at_the_stored_rate() {
        long grant = fixture.euroGrant();
        long venue = fixture.line(grant, "3.1", BudgetCategory.VENUE, "5000");
        long id = fixture.as(FINANCE, () -> spending.record(grant, tenge(venue, "1000000", "0.00476", null)));

        var stored = jdbc.queryForMap("select amount, currency, exchange_rate, amount_in_grant from expenditure where id = ?", id);
        assertThat((BigDecimal) stored.get("amount")).isEqualByComparingTo("1000000");
        assertThat(stored.get("currency")).isEqualTo("KZT");
        assertThat((BigDecimal) stored.get("exchange_rate")).isEqualByComparingTo("0.00476");
        assertThat((BigDecimal) stored.get("amount_in_grant")).isEqualByComparingTo("4760.00");

        var line = fixture.as(FINANCE, () -> funding.budget(grant)).lines().getFirst();
        assertThat(line.spent()).isEqualTo(Money.of("4760.00", CurrencyCode.EUR));
        assertThat(line.remaining()).isEqualTo(Money.of("240.00", CurrencyCode.EUR));
        assertThat(line.percentUsed()).isEqualByComparingTo("95.2");
        assertThat(line.state()).isEqualTo(LineState.NEAR);
    }

    @Test
    void the_budget_adds_lines_instalments_and_spending_in_the_grants_currency_and_flags_an_overspent_line() {
        long grant = fixture.euroGrant();
        long staff = fixture.line(grant, "1.1", BudgetCategory.STAFF, "30000");
        long print = fixture.line(grant, "5.1", BudgetCategory.PRINTING, "100");
        fixture.as(FINANCE, () -> {
            spending.record(grant, new ExpenditureRequest(staff, LocalDate.of(2013, 12, 31), new BigDecimal("2500"), "EUR",
                    null, "Staff", "PAY-12", null, null));
            spending.record(grant, tenge(print, "21500.50", "0.00476", null));
            funding.recordInstalment(grant, new InstalmentRequest(LocalDate.of(2013, 10, 15), new BigDecimal("30400"),
                    "EUR", null));
            return funding.recordInstalment(grant, new InstalmentRequest(LocalDate.of(2014, 3, 1),
                    new BigDecimal("2100000"), "KZT", new BigDecimal("0.00470")));
        });

        var budget = fixture.as(ORGANISER, () -> funding.budget(grant));
        // 21,500.50 × 0.00476 = 102.34238 → 102.34, more than the 100 planned.
        assertThat(budget.lines()).extracting(LineFigures::code, l -> l.spent().amount().toPlainString(), LineFigures::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", "2500.00", LineState.WITHIN),
                        org.assertj.core.groups.Tuple.tuple("5.1", "102.34", LineState.OVERSPENT));
        assertThat(budget.lines().get(1).remaining()).isEqualTo(Money.of("-2.34", CurrencyCode.EUR));
        assertThat(budget.planned()).isEqualTo(Money.of("30100", CurrencyCode.EUR));
        assertThat(budget.spent()).isEqualTo(Money.of("2602.34", CurrencyCode.EUR));
        // 30,400 + 2,100,000 × 0.00470 = 30,400 + 9,870 = 40,270.
        assertThat(budget.received()).isEqualTo(Money.of("40270.00", CurrencyCode.EUR));
        assertThat(budget.remaining()).isEqualTo(Money.of("73397.66", CurrencyCode.EUR));
        // 2,602.34 / 76,000 = 3.42 %
        assertThat(budget.percentUsed()).isEqualByComparingTo("3.4");
        assertThat(budget.percentTimeElapsed()).isEqualByComparingTo("100.0");
    }

    @Test
    void bad_input_is_refused_field_by_field_in_the_users_language_and_nothing_is_saved() {
        long grant = fixture.euroGrant();
        long line = fixture.line(grant, "3.1", BudgetCategory.VENUE, "5000");
        long before = jdbc.queryForObject("select count(*) from expenditure", Long.class);

        var negative = new ExpenditureRequest(line, LocalDate.of(2015, 1, 1), new BigDecimal("-5"), "KZT", null, "",
                "D-1", null, null);
        assertThatThrownBy(() -> fixture.as(FINANCE, () -> spending.record(grant, negative)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("spentOn", "funding.expenditure.outsidePeriod"),
                        new FieldProblem("amount", "funding.amount.positive"),
                        new FieldProblem("rate", "funding.rate.required"),
                        new FieldProblem("supplier", "funding.field.required")));
        var zeroUnknown = new ExpenditureRequest(line, LocalDate.of(2014, 1, 1), BigDecimal.ZERO, "XYZ", null, "Hotel",
                "D-1", null, null);
        assertThatThrownBy(() -> fixture.as(FINANCE, () -> spending.record(grant, zeroUnknown)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("amount", "funding.amount.positive"),
                        new FieldProblem("currency", "funding.currency.unknown")));
        var zeroRate = tenge(line, "100", "0", null);
        assertThatThrownBy(() -> fixture.as(FINANCE, () -> spending.record(grant, zeroRate)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("rate", "funding.rate.positive")));

        assertThat(jdbc.queryForObject("select count(*) from expenditure", Long.class)).isEqualTo(before);
        assertThat(messages.get(Locale.forLanguageTag("ru"), "funding.rate.required"))
                .isEqualTo("Укажите курс к валюте гранта для записи в другой валюте.");
        assertThat(messages.get(Locale.forLanguageTag("kk"), "funding.expenditure.outsidePeriod"))
                .isEqualTo("Күн гранттың кезеңінен тыс.");
    }

    @Test
    void a_grant_with_a_negative_amount_an_unknown_currency_or_a_reversed_period_is_not_stored() {
        long before = jdbc.queryForObject("select count(*) from funding_grant", Long.class);
        var bad = new GrantRequest("Bad", "EU", "PRI", null, new BigDecimal("-1"), "EURO", LocalDate.of(2014, 1, 1),
                LocalDate.of(2013, 1, 1), GrantStatus.PIPELINE);
        assertThatThrownBy(() -> fixture.as(FINANCE, () -> funding.saveGrant(null, null, bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("amount", "funding.amount.positive"),
                        new FieldProblem("currency", "funding.currency.unknown"),
                        new FieldProblem("endsOn", "funding.period.order")));
        assertThat(jdbc.queryForObject("select count(*) from funding_grant", Long.class)).isEqualTo(before);
    }

    @Test
    void every_change_of_an_amount_is_logged_with_who_and_the_old_and_new_value() {
        long grant = fixture.euroGrant();
        long line = fixture.line(grant, "3.1", BudgetCategory.VENUE, "5000");
        long id = fixture.as(FINANCE, () -> spending.record(grant, tenge(line, "1000000", "0.00476", null)));
        fixture.as(FINANCE, () -> {
            spending.update(id, tenge(line, "1050000", "0.00476", null));
            return funding.saveLine(grant, line, new LineRequest("3.1", BudgetCategory.VENUE, "Venue", new BigDecimal("6000")));
        });

        List<String> changes = jdbc.queryForList("""
                select concat(actor, ' ', details) from audit_event
                where entity_type = 'expenditure' and entity_id = ? order by id""", String.class, id);
        assertThat(changes).containsExactly(
                "finance grant " + grant + " line " + line + " amount: – → 1000000.00 KZT at 0.00476 = 4760.00 EUR",
                "finance line " + line + " → " + line
                        + " amount: 1000000.00 KZT at 0.00476 = 4760.00 EUR → 1050000.00 KZT at 0.00476 = 4998.00 EUR");
        assertThat(jdbc.queryForObject("""
                select details from audit_event where entity_type = 'budget_line' and entity_id = ?
                and action = 'BUDGET_LINE_PLANNED_CHANGED'""", String.class, line))
                .isEqualTo("3.1 planned: 5000.00 EUR → 6000.00 EUR");
    }

    @Test
    void finance_users_recording_on_one_line_at_the_same_moment_lose_none_of_their_entries() throws Exception {
        long grant = fixture.euroGrant();
        long line = fixture.line(grant, "2.1", BudgetCategory.TRAVEL, "1000");
        List<Callable<Long>> tasks = IntStream.range(0, 8)
                .<Callable<Long>>mapToObj(i -> () -> spending.record(grant, tenge(line, "1000", "0.00476", null)))
                .toList();

        var ids = fixture.atOnce(FINANCE, tasks);

        assertThat(ids).doesNotHaveDuplicates().hasSize(8);
        assertThat(jdbc.queryForObject("select count(*) from expenditure where line_id = ?", Long.class, line)).isEqualTo(8);
        // 8 × (1,000 × 0.00476 = 4.76) = 38.08
        assertThat(fixture.as(FINANCE, () -> funding.budget(grant)).lines().getFirst().spent())
                .isEqualTo(Money.of("38.08", CurrencyCode.EUR));
    }

    @Test
    void a_seminars_cost_is_divided_by_the_people_who_attended_it() {
        long grant = fixture.euroGrant();
        long venue = fixture.line(grant, "3.1", BudgetCategory.VENUE, "5000");
        long seminar = jdbc.queryForObject("""
                select min(id) from seminar where city = 'Almaty'
                and starts_at >= '2013-11-29 00:00:00' and starts_at < '2013-11-30 00:00:00'""", Long.class);
        long attending = jdbc.queryForObject("""
                select count(distinct r.id) from registration r join attendance a on a.registration_id = r.id
                where r.seminar_id = ? and r.status = 'CONFIRMED'""", Long.class, seminar);
        assertThat(attending).isPositive();
        fixture.as(FINANCE, () -> {
            spending.record(grant, tenge(venue, "630000", "0.00476", seminar));
            return spending.record(grant, tenge(venue, "420000", "0.00476", seminar));
        });

        var cost = fixture.as(ORGANISER, () -> spending.seminarCosts(grant)).getFirst();
        // 1,050,000 KZT × 0.00476 = 2,998.80 + 1,999.20 = 4,998.00 EUR
        assertThat(cost.seminarId()).isEqualTo(seminar);
        assertThat(cost.total()).isEqualTo(Money.of("4998.00", CurrencyCode.EUR));
        assertThat(cost.attending()).isEqualTo(attending);
        assertThat(cost.perParticipant()).isEqualTo(Money.of("4998.00", CurrencyCode.EUR).dividedBy(attending));
    }

    @Test
    void the_expenditure_list_filters_by_line_and_text_and_pages_lazily() {
        long grant = fixture.euroGrant();
        long venue = fixture.line(grant, "3.1", BudgetCategory.VENUE, "5000");
        long travel = fixture.line(grant, "2.1", BudgetCategory.TRAVEL, "5000");
        fixture.as(FINANCE, () -> {
            spending.record(grant, tenge(venue, "1000", "0.00476", null));
            spending.record(grant, tenge(travel, "2000", "0.00476", null));
            return spending.record(grant, new ExpenditureRequest(travel, LocalDate.of(2014, 2, 1), new BigDecimal("50"),
                    "EUR", null, "Air Astana", "TKT-7", "Flight Almaty–Astana", null));
        });

        var onTravel = new ExpenditureFilter(travel, null, null, null, null);
        assertThat(fixture.as(ORGANISER, () -> spending.count(grant, onTravel))).isEqualTo(2);
        var flights = new ExpenditureFilter(null, null, null, "astana", null);
        assertThat(fixture.as(ORGANISER, () -> spending.list(grant, flights, PageRequest.of(0, 10))))
                .extracting(ExpenditureRow::documentNumber).containsExactly("TKT-7");
        assertThat(fixture.as(ORGANISER, () -> spending.list(grant, ExpenditureFilter.all(), PageRequest.of(1, 2))))
                .hasSize(1);
    }

    @Test
    void finance_staff_get_a_reminder_14_and_3_days_before_a_deadline_each_once_in_their_language() {
        long grant = fixture.euroGrant();
        var today = LocalDate.ofInstant(clock.instant(), FundingService.ZONE);
        long deadline = fixture.as(FINANCE, () -> funding.addDeadline(grant,
                new DeadlineRequest(DeadlineKind.FINANCIAL, today.plusDays(14), "Interim")));
        String mails = "select count(*) from mail_outbox where purpose = 'funding.deadline' and reference_id = ?";
        long financeUsers = jdbc.queryForObject("""
                select count(*) from app_user u join app_user_role r on r.user_id = u.id
                where r.role = 'FINANCE' and u.enabled""", Long.class);
        try {
            reminders.runOnce();
            reminders.runOnce();
            assertThat(jdbc.queryForObject(mails, Long.class, deadline)).isEqualTo(financeUsers).isPositive();
            assertThat(jdbc.queryForObject("""
                    select m.subject from mail_outbox m join app_user u on u.email = m.recipient
                    where m.purpose = 'funding.deadline' and m.reference_id = ? and u.username = 'finance'""",
                    String.class, deadline)).startsWith("Отчёт через 14 дн.:");

            clock.advance(Duration.ofDays(5));
            reminders.runOnce();
            assertThat(jdbc.queryForObject(mails, Long.class, deadline)).isEqualTo(financeUsers);

            clock.advance(Duration.ofDays(6));
            reminders.runOnce();
            reminders.runOnce();
            assertThat(jdbc.queryForObject(mails, Long.class, deadline)).isEqualTo(2 * financeUsers);
            assertThat(jdbc.queryForList("select days_before from funding_deadline_reminder where deadline_id = ?"
                    + " order by days_before", Integer.class, deadline)).containsExactly(3, 14);
        } finally {
            clock.reset();
        }
    }

    @Test
    void organisers_read_but_do_not_change_and_commission_members_see_nothing() {
        long grant = fixture.euroGrant();
        long line = fixture.line(grant, "3.1", BudgetCategory.VENUE, "5000");
        assertThat(fixture.as(ORGANISER, () -> funding.grant(grant))).isPresent();
        assertThatThrownBy(() -> fixture.as(ORGANISER, () -> spending.record(grant, tenge(line, "1", "0.005", null))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> fixture.as(COMMISSION, () -> funding.grant(grant)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> fixture.as(COMMISSION, () -> spending.seminarCosts(null)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
