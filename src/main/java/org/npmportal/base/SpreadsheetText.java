package org.npmportal.base;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Cells of the portal's CSV and Excel exports: safe to open in a spreadsheet, and CSV as RFC 4180 says. */
public final class SpreadsheetText {

    private static final String CRLF = "\r\n";

    private SpreadsheetText() {
    }

    /**
     * Text a spreadsheet would read as a formula (or as a command, after a tab or carriage return) gets
     * a leading apostrophe, so that an opened export never runs anything.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return risky ? "'" + value : value;
    }

    /** One CSV record: cells separated by commas, quoted where needed, ended by CRLF. */
    public static void writeCsvLine(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(cells.get(i)));
        }
        writer.write(CRLF);
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf('"') >= 0 || cell.indexOf(',') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
