package org.npmportal.selection;

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
 * A round's candidate list as CSV and Excel files, with a header row in the organiser's language and times
 * in the round's time zone. Candidates type their own texts, so anything a spreadsheet would run as a
 * formula gets a leading apostrophe.
 */
@Component
public class CandidateExport {

    /** The columns, in order; each is also the last part of its header's message key. */
    static final List<String> COLUMNS = List.of("code", "fullName", "email", "phone", "organisation", "region",
            "languages", "experience", "motivation", "language", "shareContacts", "status", "source", "createdAt",
            "confirmedAt", "cv");

    private static final String HEADER = "selectionCandidates.column.";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String EXCEL_DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Messages messages;

    CandidateExport(Messages messages) {
        this.messages = messages;
    }

    /** RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel shows Cyrillic correctly. Leaves the stream open. */
    public void writeCsv(List<CandidateRow> rows, ZoneId zone, Locale locale, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeCsvLine(writer, header(locale));
        for (CandidateRow row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object value : values(row, locale)) {
                cells.add(value instanceof Instant instant ? DATE_TIME.format(instant.atZone(zone))
                        : text(value == null ? null : value.toString()));
            }
            writeCsvLine(writer, cells);
        }
        writer.flush();
    }

    /** An Excel workbook with one sheet: a bold header and real date cells. Leaves the stream open. */
    public void writeXlsx(List<CandidateRow> rows, ZoneId zone, Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, messages.get(locale, "app.name"), "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(messages.get(locale, "selectionCandidates.sheet")));
        List<String> header = header(locale);
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (CandidateRow row : rows) {
            int c = 0;
            for (Object value : values(row, locale)) {
                if (value instanceof Instant instant) {
                    sheet.value(r, c, LocalDateTime.ofInstant(instant, zone));
                    sheet.style(r, c).format(EXCEL_DATE_TIME).set();
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
                c++;
            }
            r++;
        }
        sheet.setAutoFilter(0, 0, Math.max(r - 1, 1), header.size() - 1);
        sheet.width(1, 30);
        sheet.width(2, 30);
        sheet.width(4, 30);
        workbook.finish();
    }

    /** The cells of a row in the order of {@link #COLUMNS}: texts, or instants for the times. */
    private List<Object> values(CandidateRow row, Locale locale) {
        List<Object> values = new ArrayList<>();
        values.add(row.code());
        values.add(row.fullName());
        values.add(row.email());
        values.add(row.phone());
        values.add(row.organisation());
        values.add(row.regionName(locale));
        values.add(row.languages());
        values.add(row.experience());
        values.add(row.motivation());
        values.add(row.language() == null ? null : row.language().nativeName());
        values.add(yesNo(row.shareContacts(), locale));
        values.add(messages.get(locale, "selection.candidate.status." + row.status().name()));
        values.add(messages.get(locale, "selection.candidate.source." + row.source().name()));
        values.add(row.createdAt());
        values.add(row.confirmedAt());
        values.add(yesNo(row.hasCv(), locale));
        return values;
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(column -> messages.get(locale, HEADER + column)).toList();
    }

    private String yesNo(boolean value, Locale locale) {
        return messages.get(locale, value ? "selectionCandidates.yes" : "selectionCandidates.no");
    }

    /** Excel refuses sheet names longer than 31 characters or with any of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
