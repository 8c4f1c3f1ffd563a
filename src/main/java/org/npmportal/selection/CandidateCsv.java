package org.npmportal.selection;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an organiser's list of candidates: CSV as spreadsheets save it, one candidate a record with the
 * columns of {@link #COLUMNS}, separated by commas, semicolons (Excel in Russian) or tabs, whichever the
 * first record uses. Experience and motivation are free text, so cells may be quoted and hold separators,
 * quotes (doubled) and line breaks. A first record without an {@code @} is a header and is skipped.
 */
final class CandidateCsv {

    /** The columns, in order; each is also the candidate's field the cell fills. */
    static final List<String> COLUMNS = List.of("fullName", "email", "phone", "organisation", "regionId",
            "languages", "experience", "motivation", "language");
    /** The most candidates one file may hold. */
    static final int MAX_ROWS = 5000;
    /** The largest file: 5,000 candidates with a page of text each. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Control characters other than tabs and line breaks: not something a text file holds. */
    private static final Pattern BINARY = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final String SEPARATORS = ",;\t";

    private CandidateCsv() {
    }

    /**
     * One record: its cells without surrounding spaces, and the line of the file it starts on.
     */
    record Row(int line, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /**
     * An uploaded file as text: UTF-8, with or without a byte order mark. Anything else (a workbook saved
     * as .xlsx, UTF-16, a picture) is refused whatever the file is called.
     */
    static String decode(byte[] content) {
        if (content == null || content.length == 0) {
            throw problem(0, "selection.candidate.import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw problem(0, "selection.candidate.import.tooLarge");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw problem(0, "selection.candidate.import.notText");
        }
        if (BINARY.matcher(text).find()) {
            throw problem(0, "selection.candidate.import.notText");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The records that describe candidates, header and blank lines left out. */
    static List<Row> parse(String text) {
        List<Row> records = records(text);
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Row row = records.get(i);
            if (row.cells().stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (rows.isEmpty() && problems.isEmpty() && row.cells().stream().noneMatch(cell -> cell.contains("@"))) {
                continue;
            }
            if (row.cells().size() > COLUMNS.size()) {
                problems.add(new ImportProblem(row.line(), null, "selection.candidate.import.columns"));
                continue;
            }
            rows.add(row);
            if (rows.size() > MAX_ROWS) {
                problems.add(new ImportProblem(row.line(), null, "selection.candidate.import.tooMany"));
                break;
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(0, null, "selection.candidate.import.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(problems);
        }
        return rows;
    }

    /** Splits the text into records of cells, as RFC 4180 says, with the separator the first record uses. */
    private static List<Row> records(String text) {
        char separator = separator(text);
        List<Row> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(finish(cell));
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(finish(cell));
                wasQuoted = false;
                records.add(new Row(recordLine, List.copyOf(cells)));
                cells.clear();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw problem(quoteLine, "selection.candidate.import.quote");
        }
        if (!cell.isEmpty() || !cells.isEmpty() || wasQuoted) {
            cells.add(finish(cell));
            records.add(new Row(recordLine, List.copyOf(cells)));
        }
        return records;
    }

    private static String finish(StringBuilder cell) {
        String value = cell.toString().strip();
        cell.setLength(0);
        return value;
    }

    /** The separator the first record uses most outside quotes; a comma when it uses none. */
    private static char separator(String text) {
        int[] counts = new int[SEPARATORS.length()];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && SEPARATORS.indexOf(c) >= 0) {
                counts[SEPARATORS.indexOf(c)]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return SEPARATORS.charAt(best);
    }

    private static InvalidImportException problem(int line, String key) {
        return new InvalidImportException(List.of(new ImportProblem(line, null, key)));
    }
}
