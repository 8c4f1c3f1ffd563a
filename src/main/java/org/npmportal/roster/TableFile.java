package org.npmportal.roster;

import static org.npmportal.base.SpreadsheetText.text;
import static org.npmportal.base.SpreadsheetText.writeCsvLine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table of the roster exports, written as CSV or as an Excel sheet the same way for every export:
 * a header row in the reader's language, text made safe to open in a spreadsheet, numbers and dates as
 * such in Excel. Cells are text, numbers, dates, or null for an empty cell.
 */
public record TableFile(String name, List<String> header, List<List<Object>> rows) {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String EXCEL_DATE = "yyyy-mm-dd";
    private static final String EXCEL_DECIMAL = "0.0";

    public TableFile {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> (List<Object>) new ArrayList<>(row)).toList();
    }

    /** RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel shows Cyrillic correctly. Leaves the stream open. */
    public void writeCsv(OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeCsvLine(writer, header);
        for (List<Object> row : rows) {
            writeCsvLine(writer, row.stream().map(TableFile::csvCell).toList());
        }
        writer.flush();
    }

    /** A workbook with this table as its only sheet. Leaves the stream open. */
    public void writeXlsx(String application, OutputStream out) throws IOException {
        writeXlsx(application, List.of(this), out);
    }

    /** A workbook with one sheet per table, in order. Leaves the stream open. */
    public static void writeXlsx(String application, List<TableFile> tables, OutputStream out) throws IOException {
        var workbook = new Workbook(out, application, "1.0");
        for (TableFile table : tables) {
            table.sheet(workbook.newWorksheet(sheetName(table.name())));
        }
        workbook.finish();
    }

    private void sheet(Worksheet sheet) {
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
            sheet.width(column, Math.max(10, Math.min(40, header.get(column).length() + 4)));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                switch (cell) {
                    case null -> {
                    }
                    case LocalDate date -> {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format(EXCEL_DATE).set();
                    }
                    case Double decimal -> {
                        sheet.value(r, c, decimal);
                        sheet.style(r, c).format(EXCEL_DECIMAL).set();
                    }
                    case Number number -> sheet.value(r, c, number);
                    default -> sheet.value(r, c, cell.toString());
                }
            }
            r++;
        }
        sheet.setAutoFilter(0, 0, Math.max(r - 1, 1), header.size() - 1);
    }

    private static String csvCell(Object cell) {
        return switch (cell) {
            case null -> "";
            case Double decimal -> String.format(java.util.Locale.ROOT, "%.1f", decimal);
            case Number number -> number.toString();
            case LocalDate date -> date.toString();
            default -> text(cell.toString());
        };
    }

    /** Excel refuses sheet names longer than 31 characters or with any of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
