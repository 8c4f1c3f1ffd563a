package org.npmportal.roster;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.npmportal.base.PdfFonts;
import org.npmportal.base.i18n.Messages;
import org.npmportal.directory.Region;
import org.springframework.stereotype.Component;

/**
 * A roster's team as an A4 PDF in the reader's language: members grouped by region with organisation, role,
 * status and whether they return, page numbers at the foot. Contact details are left out on purpose: a
 * printed list travels, and monitors can face pressure. The portal's PDF fonts print Kazakh and Russian the
 * same everywhere.
 */
@Component
public class RosterPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 40;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 24;
    private static final float ROW = 14;
    private static final float SIZE = 8.5f;
    private static final float[] COLUMNS = {0, 34, 178, 270, 380};
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);
    private static final Color BAND = new Color(0xEE, 0xF1, 0xF5);
    private static final String ELLIPSIS = "…";

    private final Messages messages;

    RosterPdf(Messages messages) {
        this.messages = messages;
    }

    /** The team of the roster, as listed (already in the order to print: by region, then name). */
    public byte[] render(RosterOutline roster, List<MemberRow> members, LocalDate printedOn, Locale locale) {
        try (var document = new PDDocument()) {
            var fonts = PdfFonts.embedIn(document);
            PDFont regular = fonts.regular();
            PDFont bold = fonts.bold();
            var info = document.getDocumentInformation();
            info.setTitle(roster.title());
            info.setAuthor(messages.get(locale, "app.name"));
            info.setCreator(messages.get(locale, "app.name"));
            document.getDocumentCatalog().setLanguage(locale.getLanguage());

            List<Line> lines = lines(members, locale);
            var pages = new ArrayList<List<Line>>();
            float available = TOP - 70 - BOTTOM;
            var page = new ArrayList<Line>();
            float used = 0;
            for (Line line : lines) {
                boolean lastOnPage = used + ROW > available;
                boolean orphanHeading = line.region() && used + 2 * ROW > available;
                if (lastOnPage || orphanHeading) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                    available = TOP - 30 - BOTTOM;
                }
                page.add(line);
                used += ROW;
            }
            pages.add(page);

            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            for (int p = 0; p < pages.size(); p++) {
                var pdPage = new PDPage(PAGE);
                document.addPage(pdPage);
                try (var canvas = new PDPageContentStream(document, pdPage)) {
                    float y = TOP;
                    if (p == 0) {
                        text(canvas, bold, 16, ACCENT, MARGIN, y - 16, fit(bold, 16, roster.title(), WIDTH));
                        String subtitle = messages.get(locale, "roster.pdf.subtitle", date.format(roster.startsOn()),
                                date.format(roster.endsOn()), members.size(),
                                members.stream().filter(m -> m.status() == MemberStatus.ACTIVE).count());
                        text(canvas, regular, 10, MUTED, MARGIN, y - 34, fit(regular, 10, subtitle, WIDTH));
                        y -= 56;
                    }
                    y = header(canvas, bold, locale, y);
                    for (Line line : pages.get(p)) {
                        y = draw(canvas, line, regular, bold, y);
                    }
                    String footer = messages.get(locale, "roster.pdf.footer", roster.title(), date.format(printedOn),
                            p + 1, pages.size());
                    text(canvas, regular, 8, MUTED, MARGIN, MARGIN, fit(regular, 8, footer, WIDTH));
                }
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF of roster " + roster.id(), e);
        }
    }

    /** A heading line per region followed by its members, numbered through the whole roster. */
    private List<Line> lines(List<MemberRow> members, Locale locale) {
        Map<Region, List<MemberRow>> byRegion = new LinkedHashMap<>();
        members.forEach(m -> byRegion.computeIfAbsent(m.region(), r -> new ArrayList<>()).add(m));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (var entry : byRegion.entrySet()) {
            lines.add(new Line(true, List.of(entry.getKey().name(locale) + " (" + entry.getValue().size() + ")")));
            for (MemberRow m : entry.getValue()) {
                number++;
                String status = messages.get(locale, "roster.status." + m.status().name());
                if (m.status() != MemberStatus.ACTIVE) {
                    status = messages.get(locale, "roster.pdf.statusSince", status, date.format(m.statusSince()));
                }
                String role = messages.get(locale, "roster.role." + m.role().name());
                if (m.returning()) {
                    role = role + " · " + messages.get(locale, "roster.returning.short");
                }
                lines.add(new Line(false, List.of(String.valueOf(number), m.fullName(),
                        m.organisation() == null ? "" : m.organisation(), role, status)));
            }
        }
        return lines;
    }

    private float header(PDPageContentStream canvas, PDFont bold, Locale locale, float y) throws IOException {
        List<String> titles = List.of(messages.get(locale, "roster.pdf.column.number"),
                messages.get(locale, "roster.export.column.fullName"),
                messages.get(locale, "roster.export.column.organisation"),
                messages.get(locale, "roster.export.column.role"),
                messages.get(locale, "roster.export.column.status"));
        for (int c = 0; c < titles.size(); c++) {
            text(canvas, bold, SIZE, INK, MARGIN + COLUMNS[c], y - SIZE, fit(bold, SIZE, titles.get(c), width(c)));
        }
        canvas.setStrokingColor(ACCENT);
        canvas.setLineWidth(0.8f);
        canvas.moveTo(MARGIN, y - SIZE - 4);
        canvas.lineTo(MARGIN + WIDTH, y - SIZE - 4);
        canvas.stroke();
        return y - ROW - 4;
    }

    private float draw(PDPageContentStream canvas, Line line, PDFont regular, PDFont bold, float y)
            throws IOException {
        if (line.region()) {
            canvas.setNonStrokingColor(BAND);
            canvas.addRect(MARGIN, y - ROW + 3, WIDTH, ROW);
            canvas.fill();
            text(canvas, bold, SIZE, ACCENT, MARGIN + 2, y - SIZE, fit(bold, SIZE, line.cells().getFirst(), WIDTH));
            return y - ROW;
        }
        for (int c = 0; c < line.cells().size(); c++) {
            text(canvas, regular, SIZE, INK, MARGIN + COLUMNS[c], y - SIZE,
                    fit(regular, SIZE, line.cells().get(c), width(c) - 6));
        }
        return y - ROW;
    }

    private static float width(int column) {
        return column + 1 < COLUMNS.length ? COLUMNS[column + 1] - COLUMNS[column] : WIDTH - COLUMNS[column];
    }

    private static void text(PDPageContentStream canvas, PDFont font, float size, Color colour, float x, float y,
            String text) throws IOException {
        canvas.beginText();
        canvas.setFont(font, size);
        canvas.setNonStrokingColor(colour);
        canvas.newLineAtOffset(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    /** The text on one line, in composed form, without glyphs the font lacks, cut with an ellipsis to fit. */
    static String fit(PDFont font, float size, String text, float maxWidth) throws IOException {
        String printable = printable(font, text);
        if (width(font, size, printable) <= maxWidth) {
            return printable;
        }
        String cut = printable;
        while (!cut.isEmpty() && width(font, size, cut + ELLIPSIS) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.stripTrailing() + ELLIPSIS;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static String printable(PDFont font, String text) throws IOException {
        return PdfFonts.drawable(text == null ? "" : text.replaceAll("\\s+", " ").strip(), font);
    }

    /** One printed row: a region's heading, or a member's cells. */
    private record Line(boolean region, List<String> cells) {
    }
}
