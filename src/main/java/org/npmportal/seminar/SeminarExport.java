package org.npmportal.seminar;

import static org.npmportal.base.SpreadsheetText.text;
import static org.npmportal.base.SpreadsheetText.writeCsvLine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.npmportal.base.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * The organisers' seminar list as CSV and Excel files, with a header row in the user's language.
 * Dates are the seminar's local times, with its time zone in a column of its own.
 */
@Component
public class SeminarExport {

    /** The columns, in order; each is also the last part of its header's message key. */
    static final List<String> COLUMNS = List.of("id", "title", "status", "format", "start", "end", "timeZone",
            "city", "region", "venue", "leadOrganiser", "capacity", "seatsTaken", "waitlist");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String EXCEL_DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Messages messages;

    SeminarExport(Messages messages) {
        this.messages = messages;
    }

    /**
     * RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel shows Cyrillic correctly. Text that a
     * spreadsheet would run as a formula is prefixed with an apostrophe. Leaves the stream open.
     */
    public void writeCsv(List<SeminarSummary> rows, Locale locale, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeCsvLine(writer, header(locale));
        for (SeminarSummary row : rows) {
            writeCsvLine(writer, List.of(
                    String.valueOf(row.id()),
                    text(row.title()),
                    text(status(row, locale)),
                    text(format(row, locale)),
                    dateTime(row.startsAt()),
                    dateTime(row.endsAt()),
                    text(row.timeZone()),
                    text(row.city()),
                    text(region(row, locale)),
                    text(row.venueName()),
                    text(row.leadOrganiser()),
                    row.capacity() == null ? "" : String.valueOf(row.capacity()),
                    String.valueOf(row.seatsTaken()),
                    String.valueOf(row.waitlistLength())));
        }
        writer.flush();
    }

    /** An Excel workbook with one sheet: a bold header, real date cells and numbers as numbers. Leaves the stream open. */
    public void writeXlsx(List<SeminarSummary> rows, Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, messages.get(locale, "app.name"), "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(messages.get(locale, "nav.seminars")));
        List<String> header = header(locale);
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (SeminarSummary row : rows) {
            int c = 0;
            sheet.value(r, c++, row.id());
            sheet.value(r, c++, row.title());
            sheet.value(r, c++, status(row, locale));
            sheet.value(r, c++, format(row, locale));
            dateCell(sheet, r, c++, row.startsAt());
            dateCell(sheet, r, c++, row.endsAt());
            sheet.value(r, c++, row.timeZone());
            sheet.value(r, c++, row.city());
            sheet.value(r, c++, region(row, locale));
            sheet.value(r, c++, row.venueName());
            sheet.value(r, c++, row.leadOrganiser());
            sheet.value(r, c++, row.capacity());
            sheet.value(r, c++, row.seatsTaken());
            sheet.value(r, c, row.waitlistLength());
            r++;
        }
        sheet.setAutoFilter(0, 0, Math.max(r - 1, 1), header.size() - 1);
        sheet.width(1, 50);
        sheet.width(4, 17);
        sheet.width(5, 17);
        workbook.finish();
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(column -> messages.get(locale, "seminarList.column." + column)).toList();
    }

    private String status(SeminarSummary row, Locale locale) {
        return row.status() == null ? null : messages.get(locale, "seminar.status." + row.status().name());
    }

    private String format(SeminarSummary row, Locale locale) {
        return row.format() == null ? null : messages.get(locale, "seminar.format." + row.format().name());
    }

    private static String region(SeminarSummary row, Locale locale) {
        return row.region() == null ? null : row.region().name(locale);
    }

    private static String dateTime(LocalDateTime value) {
        return value == null ? "" : DATE_TIME.format(value);
    }

    private static void dateCell(Worksheet sheet, int row, int column, LocalDateTime value) {
        if (value != null) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(EXCEL_DATE_TIME).set();
        }
    }

    /** Excel refuses sheet names longer than 31 characters or with any of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
