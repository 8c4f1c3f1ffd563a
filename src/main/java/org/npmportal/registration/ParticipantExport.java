package org.npmportal.registration;

import static org.npmportal.base.SpreadsheetText.text;
import static org.npmportal.base.SpreadsheetText.writeCsvLine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.npmportal.base.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * A seminar's participant list as CSV and Excel files, with a header row in the organiser's language.
 * Times are shown in the seminar's time zone. Like the seminar export, text that a spreadsheet would
 * run as a formula gets a leading apostrophe: participants type their own organisation and needs.
 */
@Component
public class ParticipantExport {

    /** The columns, in order; each is also the last part of its header's message key. */
    static final List<String> COLUMNS = List.of("fullName", "email", "organisation", "position", "region",
            "language", "status", "placeInQueue", "needs", "consentListing", "createdAt", "emailConfirmedAt",
            "attendedDays");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String EXCEL_DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Messages messages;

    ParticipantExport(Messages messages) {
        this.messages = messages;
    }

    /** RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel shows Cyrillic correctly. Leaves the stream open. */
    public void writeCsv(List<ParticipantRow> rows, ZoneId zone, Locale locale, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeCsvLine(writer, header(locale));
        for (ParticipantRow row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(text(row.fullName()));
            cells.add(text(row.email()));
            cells.add(text(row.organisation()));
            cells.add(text(row.position()));
            cells.add(text(row.regionName(locale)));
            cells.add(text(row.language() == null ? null : row.language().nativeName()));
            cells.add(text(status(row, locale)));
            cells.add(row.placeInQueue() > 0 ? String.valueOf(row.placeInQueue()) : "");
            cells.add(text(row.needs()));
            cells.add(text(yesNo(row.consentListing(), locale)));
            cells.add(dateTime(row.createdAt(), zone));
            cells.add(dateTime(row.emailConfirmedAt(), zone));
            cells.add(String.valueOf(row.attendedDays()));
            writeCsvLine(writer, cells);
        }
        writer.flush();
    }

    /**
     * An Excel workbook with one sheet: a bold header, real date cells and numbers as numbers. Leaves the
     * stream open.
     */
    public void writeXlsx(List<ParticipantRow> rows, ZoneId zone, Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, messages.get(locale, "app.name"), "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(messages.get(locale, "participants.sheet")));
        List<String> header = header(locale);
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (ParticipantRow row : rows) {
            int c = 0;
            sheet.value(r, c++, row.fullName());
            sheet.value(r, c++, row.email());
            sheet.value(r, c++, row.organisation());
            sheet.value(r, c++, row.position());
            sheet.value(r, c++, row.regionName(locale));
            sheet.value(r, c++, row.language() == null ? null : row.language().nativeName());
            sheet.value(r, c++, status(row, locale));
            if (row.placeInQueue() > 0) {
                sheet.value(r, c, row.placeInQueue());
            }
            c++;
            sheet.value(r, c++, row.needs());
            sheet.value(r, c++, yesNo(row.consentListing(), locale));
            dateCell(sheet, r, c++, row.createdAt(), zone);
            dateCell(sheet, r, c++, row.emailConfirmedAt(), zone);
            sheet.value(r, c, row.attendedDays());
            r++;
        }
        sheet.setAutoFilter(0, 0, Math.max(r - 1, 1), header.size() - 1);
        sheet.width(0, 30);
        sheet.width(1, 30);
        sheet.width(2, 30);
        sheet.width(10, 17);
        sheet.width(11, 17);
        workbook.finish();
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(column -> messages.get(locale, "participants.column." + column)).toList();
    }

    private String status(ParticipantRow row, Locale locale) {
        return row.status() == null ? null : messages.get(locale, "registration.status." + row.status().name());
    }

    private String yesNo(boolean value, Locale locale) {
        return messages.get(locale, value ? "participants.yes" : "participants.no");
    }

    private static String dateTime(Instant value, ZoneId zone) {
        return value == null ? "" : DATE_TIME.format(value.atZone(zone));
    }

    private static void dateCell(Worksheet sheet, int row, int column, Instant value, ZoneId zone) {
        if (value != null) {
            sheet.value(row, column, LocalDateTime.ofInstant(value, zone));
            sheet.style(row, column).format(EXCEL_DATE_TIME).set();
        }
    }

    /** Excel refuses sheet names longer than 31 characters or with any of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
