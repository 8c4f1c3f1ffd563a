package org.npmportal.funding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.funding.CurrencyCode;
import org.npmportal.funding.SeminarCost;
import org.npmportal.funding.SeminarOption;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.npmportal.funding.ExpenditureRequest;
import org.npmportal.funding.ExpenditureService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The "done when", driven as the demo's finance user: a tenge invoice for the Almaty seminar against the
 * PRI grant, then the line's remaining budget in euros, the seminar's cost per participant and the XLSX report.
 * Demo figures, worked by hand at 0.00476190 EUR per tenge, half to even: the venue line 3.1 plans 14,000.00 and
 * has 1,260,000 KZT (5,999.99) for Astana and 1,150,000 KZT (5,476.18) for Almaty; the Almaty seminar also cost
 * 1,840.00 in flights and 480,000 KZT (2,285.71) in interpretation, 9,601.89 in all.
 */
@PortalTest
@WithUserDetails("finance")
class GrantViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExpenditureService spending;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void a_finance_user_records_a_tenge_invoice_for_the_almaty_seminar_and_sees_the_line_the_cost_per_participant_and_the_report()
            throws Exception {
        long pri = jdbc.queryForObject("select id from funding_grant where implementer = 'Penal Reform International'",
                Long.class);
        var view = navigate("funding/" + pri, GrantView.class);
        assertThat(view.title.getText()).startsWith("Support of the National Preventive Mechanism");

        view.tabs.setSelectedIndex(2);
        roundTrip();
        test(view.record).click();
        roundTrip();
        var dialog = view.expenditureDialog;
        dialog.line.setValue(dialog.line.getListDataView().getItems().filter(l -> l.code().equals("3.1")).findFirst()
                .orElseThrow());
        SeminarOption almaty = dialog.seminar.getListDataView().getItems()
                .filter(s -> "Almaty".equals(s.city()) && s.firstDay().equals(LocalDate.of(2013, 11, 29)))
                .min(java.util.Comparator.comparingLong(SeminarOption::id)).orElseThrow();
        dialog.seminar.setValue(almaty);
        test(dialog.spentOn).setValue(LocalDate.of(2013, 11, 30));
        dialog.amount.setValue(new BigDecimal("315000"));
        dialog.currency.setValue(CurrencyCode.KZT);
        dialog.rate.setValue(new BigDecimal("0.00476190"));
        test(dialog.supplier).setValue("Hotel Almaty LLP");
        test(dialog.documentNumber).setValue("HAL-2013-1130-B");
        test(dialog.description).setValue("Coffee breaks, second day");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        view.tabs.setSelectedIndex(0);
        roundTrip();

        // 315,000 × 0.00476190 = 1,499.9985 → 1,500.00; 14,000.00 − 5,999.99 − 5,476.18 − 1,500.00 = 1,023.83.
        var lines = test(view.lines);
        int venue = IntStream.range(0, lines.size()).filter(i -> lines.getRow(i).code().equals("3.1")).findFirst()
                .orElseThrow();
        assertThat(lines.getCellText(venue, lines.getColumnPosition("remaining"))).isEqualTo("1,023.83 EUR");
        assertThat(lines.getCellText(venue, lines.getColumnPosition("spent"))).isEqualTo("12,976.17 EUR");
        assertThat(lines.getRow(venue).percentUsed()).isEqualByComparingTo("92.7");
        assertThat(lines.getRow(venue).state()).isEqualTo(org.npmportal.funding.LineState.NEAR);

        long attending = jdbc.queryForObject("""
                select count(distinct r.id) from registration r join attendance a on a.registration_id = r.id
                where r.seminar_id = ? and r.status = 'CONFIRMED'""", Long.class, almaty.id());
        view.tabs.setSelectedIndex(3);
        roundTrip();
        @SuppressWarnings("unchecked")
        Grid<SeminarCost> costs = (Grid<SeminarCost>) view.costs.getChildren().findFirst().orElseThrow();
        var costGrid = test(costs);
        int row = IntStream.range(0, costGrid.size()).filter(i -> costGrid.getRow(i).seminarId() == almaty.id())
                .findFirst().orElseThrow();
        // 9,601.89 + 1,500.00 = 11,101.89, shared by the people who attended.
        var perParticipant = new BigDecimal("11101.89").divide(BigDecimal.valueOf(attending), 2, RoundingMode.HALF_EVEN);
        assertThat(costGrid.getRow(row).total().amount()).isEqualByComparingTo("11101.89");
        assertThat(costGrid.getRow(row).attending()).isEqualTo(attending);
        assertThat(costGrid.getRow(row).perParticipant().amount()).isEqualByComparingTo(perParticipant);
        assertThat(costGrid.getCellText(row, costGrid.getColumnPosition("perParticipant")))
                .isEqualTo(String.format(Locale.ENGLISH, "%,.2f EUR", perParticipant));

        var out = new ByteArrayOutputStream();
        view.writeReport(out);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName())
                    .containsExactly("Budget vs actual", "Expenditures", "Exchange rates");
            List<Row> budget = sheets.get(0).read();
            var venueRow = budget.stream().filter(r -> "3.1".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(venueRow.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("14000");
            assertThat(venueRow.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("12976.17");
            assertThat(venueRow.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("1023.83");
            List<Row> expenditures = sheets.get(1).read();
            var invoice = expenditures.stream().filter(r -> "HAL-2013-1130-B".equals(r.getCellText(4))).findFirst()
                    .orElseThrow();
            assertThat(invoice.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("315000");
            assertThat(invoice.getCellText(8)).isEqualTo("KZT");
            assertThat(invoice.getCellAsNumber(9).orElseThrow()).isEqualByComparingTo("0.0047619");
            assertThat(invoice.getCellAsNumber(10).orElseThrow()).isEqualByComparingTo("1500.00");
            assertThat(sheets.get(2).read()).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo("KZT");
                assertThat(r.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("0.0047619");
            });
        }
    }

    @Test
    void the_portfolio_adds_up_funded_grants_per_currency_and_lists_the_three_demo_grants() {
        var view = navigate(FundingListView.class);
        var grid = test(view.grid);
        assertThat(IntStream.range(0, grid.size()).mapToObj(grid::getRow).map(r -> r.title()).toList())
                .contains("Support to Judicial Reform in Kazakhstan", "NPM functional budget 2014")
                .anyMatch(t -> t.startsWith("Support of the National Preventive Mechanism"));
        assertThat(view.portfolio.getChildren().count()).isEqualTo(2);
        assertThat(view.newGrant.isVisible()).isTrue();
    }

    @Test
    void a_grant_with_a_bad_amount_shows_the_message_on_the_field_and_is_not_saved() {
        long before = jdbc.queryForObject("select count(*) from funding_grant", Long.class);
        var view = navigate(FundingListView.class);
        test(view.newGrant).click();
        roundTrip();
        var dialog = view.dialog;
        test(dialog.title).setValue("Bad grant");
        test(dialog.donor).setValue("EU");
        test(dialog.implementer).setValue("PRI");
        dialog.amount.setValue(new BigDecimal("-10"));
        test(dialog.startsOn).setValue(LocalDate.of(2014, 1, 1));
        test(dialog.endsOn).setValue(LocalDate.of(2014, 12, 31));
        test(dialog.save).click();
        assertThat(dialog.amount.isInvalid()).isTrue();
        assertThat(dialog.amount.getErrorMessage()).isEqualTo("The amount must be more than zero.");
        assertThat(jdbc.queryForObject("select count(*) from funding_grant", Long.class)).isEqualTo(before);
    }

    @Test
    void a_finance_user_adds_an_aim_and_a_reporting_deadline_on_the_grant_page_and_an_incomplete_one_is_not_saved() {
        long grant = jdbc.queryForObject("select id from funding_grant where title = 'NPM functional budget 2014'",
                Long.class);
        int aims = jdbc.queryForObject("select count(*) from funding_aim where grant_id = ?", Integer.class, grant);
        int deadlines = jdbc.queryForObject("select count(*) from funding_deadline where grant_id = ?", Integer.class,
                grant);
        var view = navigate("funding/" + grant, GrantView.class);
        view.tabs.setSelectedIndex(1);
        roundTrip();

        test(view.addAim).click();
        roundTrip();
        test(view.aimDialog.aim).setValue("Regular preventive visits in every region");
        test(view.aimDialog.target).setValue("276 visits");
        test(view.aimDialog.save).click();
        assertThat(view.aimDialog.indicator.isInvalid()).isTrue();
        assertThat(view.aimDialog.indicator.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(jdbc.queryForObject("select count(*) from funding_aim where grant_id = ?", Integer.class, grant))
                .isEqualTo(aims);

        test(view.aimDialog.indicator).setValue("Visits with a published report");
        test(view.aimDialog.save).click();
        assertThat(view.aimDialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select aim from funding_aim where grant_id = ? and position = ?", String.class,
                grant, aims + 1)).isEqualTo("Regular preventive visits in every region");

        roundTrip();
        test(view.addDeadline).click();
        roundTrip();
        test(view.deadlineDialog.kind).selectItem("Financial report");
        test(view.deadlineDialog.save).click();
        assertThat(view.deadlineDialog.dueOn.isInvalid()).isTrue();
        test(view.deadlineDialog.dueOn).setValue(LocalDate.of(2014, 12, 20));
        test(view.deadlineDialog.save).click();
        assertThat(jdbc.queryForObject("select count(*) from funding_deadline where grant_id = ? and due_on = ?",
                Integer.class, grant, LocalDate.of(2014, 12, 20))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from funding_deadline where grant_id = ?", Integer.class,
                grant)).isEqualTo(deadlines + 1);
    }

    @Test
    void a_wrongly_recorded_expenditure_is_deleted_after_confirming_and_the_line_spends_less() {
        long grant = jdbc.queryForObject("select id from funding_grant where title = 'NPM functional budget 2014'",
                Long.class);
        long line = jdbc.queryForObject("select id from budget_line where grant_id = ? and code = '3'", Long.class, grant);
        long wrong = spending.record(grant, new ExpenditureRequest(line, LocalDate.of(2014, 6, 2),
                new BigDecimal("99000"), "KZT", null, "Typography (demo)", "WRONG-1", "Entered twice", null));
        var view = navigate("funding/" + grant, GrantView.class);

        view.tabs.setSelectedIndex(2);
        roundTrip();
        test(view.text).setValue("WRONG-1");
        test(view.expenditures).clickRow(0);
        roundTrip();
        assertThat(view.expenditureDialog.documentNumber.getValue()).isEqualTo("WRONG-1");
        assertThat(view.expenditureDialog.delete.isVisible()).isTrue();
        test(view.expenditureDialog.delete).click();
        roundTrip();
        test(view.expenditureDialog.confirmDelete).confirm();

        assertThat(jdbc.queryForObject("select count(*) from expenditure where id = ?", Integer.class, wrong)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPENDITURE_DELETED' "
                + "and entity_id = ?", Integer.class, wrong)).isEqualTo(1);
    }
}
