package org.npmportal.selection;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.npmportal.base.PdfFonts;

/**
 * Headings, paragraphs and tables flowing down A4 portrait pages, for documents longer than a page such as
 * the minutes of a selection. A table row that does not fit moves to the next page, where the table's
 * header is drawn again; a row taller than a whole page is split between pages line by line. Page numbers
 * are added at the end, when the number of pages is known.
 */
final class PdfFlow {

    /** Column of a table: its header, its share of the width, and whether it holds figures (right-aligned). */
    record Column(String header, float weight, boolean figure) {
    }

    /** A table row; a highlighted row has a tinted background (a shortfall, a flag, a change). */
    record Row(List<String> cells, boolean highlighted) {

        Row {
            cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
        }

        Row(List<String> cells) {
            this(cells, false);
        }
    }

    static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 42;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = 58;
    private static final float FOOTER_BASELINE = 32;
    private static final float LEADING = 1.3f;
    private static final float TABLE_SIZE = 7.5f;
    private static final float HEADER_SIZE = 7;
    private static final float TEXT_SIZE = 9.5f;
    private static final float PADDING = 3;
    private static final float LABEL_WIDTH = 150;
    private static final String ELLIPSIS = "…";

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);
    private static final Color RULE = new Color(0xC8, 0xCC, 0xD2);
    private static final Color HEADER_BACKGROUND = new Color(0xE6, 0xEA, 0xF0);
    private static final Color HIGHLIGHT = new Color(0xFF, 0xF1, 0xCC);

    private final PDDocument document;
    private final PdfFonts fonts;
    private PDPageContentStream canvas;
    private float y;
    /** The table being drawn, whose header a new page repeats; null between tables. */
    private Table openTable;
    /** Nothing but a repeated table header has been drawn on the current page yet. */
    private boolean freshPage;

    PdfFlow(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** Title, author and language of the document; viewers show the title instead of the file name. */
    static void describe(PDDocument document, String title, String author, String languageTag) {
        var info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator(author);
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage(languageTag);
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    void title(String text) throws IOException {
        block(text, fonts.bold(), 17, ACCENT, 0);
    }

    void subtitle(String text) throws IOException {
        block(text, fonts.regular(), 11, MUTED, 2);
    }

    /** A section heading, kept on the same page as the start of what follows it. */
    void heading(String text) throws IOException {
        ensure(90);
        y -= 14;
        block(text, fonts.bold(), 12, ACCENT, 0);
        canvas.setStrokingColor(RULE);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(MARGIN, y - 2);
        canvas.lineTo(MARGIN + WIDTH, y - 2);
        canvas.stroke();
        y -= 6;
    }

    void paragraph(String text) throws IOException {
        block(text, fonts.regular(), TEXT_SIZE, INK, 3);
    }

    void note(String text) throws IOException {
        block(text, fonts.regular(), 8, MUTED, 3);
    }

    /** A label in bold with its value beside it, as in "Phase: Decided". */
    void fact(String label, String value) throws IOException {
        float lineHeight = TEXT_SIZE * LEADING;
        var labelLines = wrap(label, fonts.bold(), TEXT_SIZE, LABEL_WIDTH - 8);
        var valueLines = wrap(value, fonts.regular(), TEXT_SIZE, WIDTH - LABEL_WIDTH);
        int lines = Math.max(labelLines.size(), valueLines.size());
        ensure(lines * lineHeight + 2);
        y -= 2;
        for (int i = 0; i < lines; i++) {
            float baseline = y - TEXT_SIZE - i * lineHeight;
            if (i < labelLines.size()) {
                show(labelLines.get(i), fonts.bold(), TEXT_SIZE, MUTED, MARGIN, baseline);
            }
            if (i < valueLines.size()) {
                show(valueLines.get(i), fonts.regular(), TEXT_SIZE, INK, MARGIN + LABEL_WIDTH, baseline);
            }
        }
        y -= lines * lineHeight;
        freshPage = false;
    }

    /** A table across as many pages as it needs, with its header on each of them. */
    void table(List<Column> columns, List<Row> rows) throws IOException {
        float[] widths = widths(columns, rows);
        var table = new Table(columns, widths, cells(columns.stream().map(Column::header).toList(), widths,
                fonts.bold(), HEADER_SIZE));
        float firstRow = rows.isEmpty() ? 0 : Math.min(3, lineCount(cells(rows.getFirst().cells(), widths,
                fonts.regular(), TABLE_SIZE))) * lineHeight() + 2 * PADDING;
        ensure(table.headerHeight() + firstRow + 4);
        y -= 4;
        openTable = table;
        drawHeader(table);
        for (Row row : rows) {
            drawRow(table, row);
        }
        openTable = null;
        y -= 4;
    }

    /** Closes the last page, numbers every page and adds the footer; returns the document's bytes. */
    byte[] finish(String footer, PageLabel pageLabel) throws IOException {
        if (canvas == null) {
            newPage();
        }
        canvas.close();
        canvas = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (var stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                canvas = stream;
                stream.setStrokingColor(RULE);
                stream.setLineWidth(0.5f);
                stream.moveTo(MARGIN, FOOTER_BASELINE + 10);
                stream.lineTo(MARGIN + WIDTH, FOOTER_BASELINE + 10);
                stream.stroke();
                String number = drawable(pageLabel.of(i + 1, pages), fonts.regular());
                float numberWidth = width(number, fonts.regular(), 7.5f);
                show(number, fonts.regular(), 7.5f, MUTED, MARGIN + WIDTH - numberWidth, FOOTER_BASELINE);
                String left = shortened(drawable(footer, fonts.regular()), fonts.regular(), 7.5f,
                        WIDTH - numberWidth - 20);
                show(left, fonts.regular(), 7.5f, MUTED, MARGIN, FOOTER_BASELINE);
            }
        }
        canvas = null;
        var out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @FunctionalInterface
    interface PageLabel {
        String of(int page, int pages);
    }

    // ---- Drawing ----

    private record Table(List<Column> columns, float[] widths, List<List<String>> header) {

        float headerHeight() {
            return lineCount(header) * lineHeight() + 2 * PADDING;
        }
    }

    private void block(String text, PDFont font, float size, Color colour, float spaceBefore) throws IOException {
        float lineHeight = size * LEADING;
        y -= canvas == null ? 0 : spaceBefore;
        for (String line : wrap(text, font, size, WIDTH)) {
            ensure(lineHeight);
            show(line, font, size, colour, MARGIN, y - size);
            y -= lineHeight;
            freshPage = false;
        }
    }

    private void drawHeader(Table table) throws IOException {
        float height = table.headerHeight();
        fill(HEADER_BACKGROUND, height);
        drawCells(table, table.header(), 0, lineCount(table.header()), fonts.bold(), HEADER_SIZE, ACCENT);
        y -= height;
    }

    private void drawRow(Table table, Row row) throws IOException {
        var lines = cells(row.cells(), table.widths(), fonts.regular(), TABLE_SIZE);
        int total = Math.max(1, lineCount(lines));
        float wholeRow = total * lineHeight() + 2 * PADDING;
        int from = 0;
        while (from < total) {
            int remaining = total - from;
            int fit = (int) Math.floor((y - BOTTOM - 2 * PADDING) / lineHeight());
            if (fit >= remaining) {
                drawChunk(table, row, lines, from, remaining);
                return;
            }
            boolean fitsOnAFreshPage = wholeRow <= TOP - BOTTOM - table.headerHeight();
            if (from == 0 && fitsOnAFreshPage && !freshPage) {
                newPage();
                continue;
            }
            if (fit >= 1) {
                drawChunk(table, row, lines, from, fit);
                from += fit;
            }
            newPage();
        }
    }

    private void drawChunk(Table table, Row row, List<List<String>> lines, int from, int count) throws IOException {
        float height = count * lineHeight() + 2 * PADDING;
        if (row.highlighted()) {
            fill(HIGHLIGHT, height);
        }
        drawCells(table, lines, from, count, fonts.regular(), TABLE_SIZE, INK);
        y -= height;
        canvas.setStrokingColor(RULE);
        canvas.setLineWidth(0.4f);
        canvas.moveTo(MARGIN, y);
        canvas.lineTo(MARGIN + WIDTH, y);
        canvas.stroke();
        freshPage = false;
    }

    private void drawCells(Table table, List<List<String>> lines, int from, int count, PDFont font, float size,
            Color colour) throws IOException {
        float x = MARGIN;
        for (int column = 0; column < lines.size(); column++) {
            float cellWidth = table.widths()[column];
            var cell = lines.get(column);
            for (int i = from; i < Math.min(cell.size(), from + count); i++) {
                String line = cell.get(i);
                float baseline = y - PADDING - TABLE_SIZE - (i - from) * lineHeight();
                float left = table.columns().get(column).figure()
                        ? x + cellWidth - PADDING - width(line, font, size)
                        : x + PADDING;
                show(line, font, size, colour, left, baseline);
            }
            x += cellWidth;
        }
    }

    private void fill(Color colour, float height) throws IOException {
        canvas.setNonStrokingColor(colour);
        canvas.addRect(MARGIN, y - height, WIDTH, height);
        canvas.fill();
    }

    private void show(String line, PDFont font, float size, Color colour, float x, float baseline)
            throws IOException {
        if (line.isEmpty()) {
            return;
        }
        canvas.beginText();
        canvas.setFont(font, size);
        canvas.setNonStrokingColor(colour);
        canvas.newLineAtOffset(x, baseline);
        canvas.showText(line);
        canvas.endText();
    }

    private void ensure(float height) throws IOException {
        if (canvas == null || y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (canvas != null) {
            canvas.close();
        }
        var page = new PDPage(PAGE);
        document.addPage(page);
        canvas = new PDPageContentStream(document, page);
        y = TOP;
        if (openTable != null) {
            drawHeader(openTable);
        }
        freshPage = true;
    }

    // ---- Text ----

    private List<List<String>> cells(List<String> texts, float[] widths, PDFont font, float size)
            throws IOException {
        var cells = new ArrayList<List<String>>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < texts.size() ? texts.get(i) : "";
            cells.add(wrap(text, font, size, widths[i] - 2 * PADDING));
        }
        return cells;
    }

    /**
     * The columns' widths: shared out by weight, but never so narrow that a word of the header, or a figure,
     * would be broken; what such a column needs more is taken from the others in proportion to their room.
     */
    private float[] widths(List<Column> columns, List<Row> rows) throws IOException {
        int count = columns.size();
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[count];
        float[] least = new float[count];
        for (int i = 0; i < count; i++) {
            var column = columns.get(i);
            widths[i] = WIDTH * column.weight() / total;
            float widest = longestWord(column.header(), fonts.bold(), HEADER_SIZE);
            if (column.figure()) {
                for (Row row : rows) {
                    widest = Math.max(widest, longestWord(row.cells().get(i), fonts.regular(), TABLE_SIZE));
                }
            }
            least[i] = widest + 2 * PADDING + 1;
        }
        float needed = 0;
        for (float width : least) {
            needed += width;
        }
        if (needed > WIDTH) {
            return widths;
        }
        for (int round = 0; round < count; round++) {
            float deficit = 0;
            float room = 0;
            for (int i = 0; i < count; i++) {
                deficit += Math.max(0, least[i] - widths[i]);
                room += Math.max(0, widths[i] - least[i]);
            }
            if (deficit < 0.01f) {
                break;
            }
            for (int i = 0; i < count; i++) {
                float spare = widths[i] - least[i];
                widths[i] = spare < 0 ? least[i] : widths[i] - deficit * spare / room;
            }
        }
        return widths;
    }

    private static float longestWord(String text, PDFont font, float size) throws IOException {
        float longest = 0;
        for (String word : drawable(text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip(), font).split(" ")) {
            longest = Math.max(longest, width(word, font, size));
        }
        return longest;
    }

    private static int lineCount(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(0);
    }

    private static float lineHeight() {
        return TABLE_SIZE * LEADING;
    }

    /**
     * The text's lines at most {@code maxWidth} wide: line breaks in the text are kept, words wrap, and a
     * word wider than the line is broken where it must be.
     */
    private static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        var wrapped = new ArrayList<String>();
        if (text == null || text.isBlank()) {
            return wrapped;
        }
        for (String hardLine : text.strip().split("\\R")) {
            String cleaned = drawable(hardLine.replaceAll("[\\s\\p{Cntrl}]+", " ").strip(), font);
            String line = "";
            for (String word : cleaned.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    wrapped.add(line);
                }
                line = word;
                while (line.length() > 1 && width(line, font, size) > maxWidth) {
                    int end = fittingPrefix(line, font, size, maxWidth);
                    wrapped.add(line.substring(0, end));
                    line = line.substring(end);
                }
            }
            wrapped.add(line);
        }
        return wrapped;
    }

    private static int fittingPrefix(String word, PDFont font, float size, float maxWidth) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), font, size) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static String shortened(String line, PDFont font, float size, float maxWidth) throws IOException {
        if (width(line, font, size) <= maxWidth) {
            return line;
        }
        String cut = line;
        while (!cut.isEmpty() && width(cut + ELLIPSIS, font, size) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.stripTrailing() + ELLIPSIS;
    }

    private static String drawable(String text, PDFont font) throws IOException {
        return PdfFonts.drawable(text, font);
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
