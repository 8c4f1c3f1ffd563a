package org.npmportal.funding;

import static org.npmportal.base.SpreadsheetText.text;
import static org.npmportal.base.SpreadsheetText.writeCsvLine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.npmportal.base.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * A grant's financial report as an Excel workbook (budget against actual per line in the grant's currency,
 * the expenditures, and every exchange rate used) and its expenditures as CSV, in the reader's language.
 * Amounts go into Excel as exact numbers, never through a double.
 */
@Component
public class FundingExport {

    static final List<String> BUDGET_COLUMNS = List.of("code", "category", "line", "planned", "spent", "remaining",
            "percentUsed", "state");
    static final List<String> EXPENDITURE_COLUMNS = List.of("date", "lineCode", "line", "supplier", "document",
            "description", "seminar", "amount", "currency", "rate", "amountInGrant", "grantCurrency");
    static final List<String> RATE_COLUMNS = List.of("currency", "date", "rate", "source");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String MONEY = "#,##0.00";
    private static final String RATE = "0.00000000";
    private static final String DATE = "yyyy-mm-dd";

    private final Messages messages;

    FundingExport(Messages messages) {
        this.messages = messages;
    }

    public void writeReport(GrantDetails grant, GrantBudget budget, List<ExpenditureRow> rows, Locale locale,
            OutputStream out) throws IOException {
        var workbook = new Workbook(out, messages.get(locale, "app.name"), "1.0");
        budgetSheet(workbook.newWorksheet(sheet(locale, "budget")), grant, budget, locale);
        expenditureSheet(workbook.newWorksheet(sheet(locale, "expenditures")), rows, grant.currency(), locale);
        rateSheet(workbook.newWorksheet(sheet(locale, "rates")), grant, rows, locale);
        workbook.finish();
    }

    public void writeExpendituresCsv(GrantDetails grant, List<ExpenditureRow> rows, Locale locale, OutputStream out)
            throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeCsvLine(writer, header(locale, EXPENDITURE_COLUMNS));
        for (ExpenditureRow e : rows) {
            var c = e.conversion();
            writeCsvLine(writer, List.of(e.spentOn().toString(), text(e.lineCode()), text(e.lineName()),
                    text(e.supplier()), text(e.documentNumber()), text(e.description()), text(e.seminarTitle()),
                    c.original().amount().toPlainString(), c.original().currency().name(),
                    c.rate().stripTrailingZeros().toPlainString(), c.converted().amount().toPlainString(),
                    grant.currency().name()));
        }
        writer.flush();
    }

    public static String fileName(GrantDetails grant, String suffix) {
        String reference = grant.referenceNumber() == null ? "grant-" + grant.id() : grant.referenceNumber();
        String safe = reference.replaceAll("[^\\p{L}\\p{N}._-]", "-");
        return safe + suffix;
    }

    private void budgetSheet(Worksheet sheet, GrantDetails grant, GrantBudget budget, Locale locale) {
        sheet.value(0, 0, grant.title());
        sheet.style(0, 0).bold().set();
        sheet.value(1, 0, messages.get(locale, "funding.export.period", grant.startsOn().toString(),
                grant.endsOn().toString(), grant.currency().name()));
        int r = 3;
        headerRow(sheet, r, header(locale, BUDGET_COLUMNS));
        for (LineFigures line : budget.lines()) {
            r++;
            sheet.value(r, 0, text(line.code()));
            sheet.value(r, 1, messages.get(locale, "funding.category." + line.category().name()));
            sheet.value(r, 2, text(line.name()));
            money(sheet, r, 3, line.planned().amount());
            money(sheet, r, 4, line.spent().amount());
            money(sheet, r, 5, line.remaining().amount());
            if (line.percentUsed() != null) {
                sheet.value(r, 6, line.percentUsed());
            }
            sheet.value(r, 7, messages.get(locale, "funding.state." + line.state().name()));
        }
        r++;
        sheet.value(r, 2, messages.get(locale, "funding.export.total"));
        money(sheet, r, 3, budget.planned().amount());
        money(sheet, r, 4, budget.spent().amount());
        money(sheet, r, 5, budget.planned().minus(budget.spent()).amount());
        sheet.range(r, 0, r, 7).style().bold().set();
        r += 2;
        sheet.value(r, 2, messages.get(locale, "funding.export.awarded"));
        money(sheet, r, 3, budget.awarded().amount());
        r++;
        sheet.value(r, 2, messages.get(locale, "funding.export.received"));
        money(sheet, r, 3, budget.received().amount());
        r++;
        sheet.value(r, 2, messages.get(locale, "funding.export.spent"));
        money(sheet, r, 3, budget.spent().amount());
        sheet.width(2, 40);
    }

    private void expenditureSheet(Worksheet sheet, List<ExpenditureRow> rows, CurrencyCode currency, Locale locale) {
        headerRow(sheet, 0, header(locale, EXPENDITURE_COLUMNS));
        int r = 0;
        for (ExpenditureRow e : rows) {
            r++;
            var c = e.conversion();
            sheet.value(r, 0, e.spentOn());
            sheet.style(r, 0).format(DATE).set();
            sheet.value(r, 1, text(e.lineCode()));
            sheet.value(r, 2, text(e.lineName()));
            sheet.value(r, 3, text(e.supplier()));
            sheet.value(r, 4, text(e.documentNumber()));
            sheet.value(r, 5, text(e.description()));
            sheet.value(r, 6, text(e.seminarTitle()));
            money(sheet, r, 7, c.original().amount());
            sheet.value(r, 8, c.original().currency().name());
            sheet.value(r, 9, c.rate());
            sheet.style(r, 9).format(RATE).set();
            money(sheet, r, 10, c.converted().amount());
            sheet.value(r, 11, currency.name());
        }
    }

    /** Every rate used, per currency and day, from instalments and expenditures, with where it was used. */
    private void rateSheet(Worksheet sheet, GrantDetails grant, List<ExpenditureRow> rows, Locale locale) {
        headerRow(sheet, 0, header(locale, RATE_COLUMNS));
        Map<String, Object[]> rates = new TreeMap<>();
        for (InstalmentRow i : grant.instalments()) {
            add(rates, i.receivedOn(), i.conversion(), messages.get(locale, "funding.export.instalment"));
        }
        for (ExpenditureRow e : rows) {
            add(rates, e.spentOn(), e.conversion(), messages.get(locale, "funding.export.expenditure"));
        }
        int r = 0;
        for (Object[] rate : rates.values()) {
            r++;
            sheet.value(r, 0, (String) rate[0]);
            sheet.value(r, 1, (java.time.LocalDate) rate[1]);
            sheet.style(r, 1).format(DATE).set();
            sheet.value(r, 2, (BigDecimal) rate[2]);
            sheet.style(r, 2).format(RATE).set();
            sheet.value(r, 3, (String) rate[3]);
        }
    }

    private static void add(Map<String, Object[]> rates, java.time.LocalDate day, Conversion conversion, String source) {
        if (conversion.original().currency() == conversion.converted().currency()) {
            return;
        }
        String key = conversion.original().currency() + " " + day + " " + conversion.rate().stripTrailingZeros()
                + " " + source;
        rates.putIfAbsent(key, new Object[] {conversion.original().currency().name(), day, conversion.rate(), source});
    }

    private static void money(Worksheet sheet, int r, int c, BigDecimal amount) {
        sheet.value(r, c, amount);
        sheet.style(r, c).format(MONEY).set();
    }

    private static void headerRow(Worksheet sheet, int r, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(r, c, header.get(c));
            sheet.width(c, Math.max(12, Math.min(40, header.get(c).length() + 4)));
        }
        sheet.range(r, 0, r, header.size() - 1).style().bold().set();
    }

    private String sheet(Locale locale, String name) {
        String title = messages.get(locale, "funding.export.sheet." + name).replaceAll("[\\[\\]:*?/\\\\]", " ");
        return title.length() > 31 ? title.substring(0, 31) : title;
    }

    private List<String> header(Locale locale, List<String> columns) {
        List<String> result = new ArrayList<>();
        for (String column : columns) {
            result.add(messages.get(locale, "funding.export.column." + column));
        }
        return result;
    }
}
