package org.npmportal.registration;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.npmportal.base.PdfFonts;
import org.npmportal.base.Texts;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * Renders a participant's attendance certificate as a one-page A4 landscape PDF in the participant's
 * language. DejaVu Sans is embedded as a subset, so Kazakh and Russian letters print the same on every
 * machine and a certificate stays small enough to mail.
 */
@Component
public class CertificatePdf {

    static final String AUTHOR = "NPM Portal";

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float FRAME_INSET = 22;
    private static final float INNER_FRAME_INSET = 30;
    private static final float SIDE_MARGIN = 80;
    private static final float COLUMN_WIDTH = PAGE.getWidth() - 2 * SIDE_MARGIN;
    private static final float TOP = PAGE.getHeight() - 68;
    private static final float FOOTER_BASELINE = 60;
    private static final float LINE_SPACING = 1.25f;

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    private static final Color GOLD = new Color(0xB0, 0x8D, 0x57);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d");
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu");
    private static final String ELLIPSIS = "…";
    private static final String BREAK_AFTER = "-/";

    private final Messages messages;

    public CertificatePdf(Messages messages) {
        this.messages = messages;
    }

    public byte[] render(CertificateContent content) {
        Objects.requireNonNull(content, "content");
        try (var document = new PDDocument()) {
            var fonts = PdfFonts.embedIn(document);
            PDFont regular = fonts.regular();
            PDFont bold = fonts.bold();
            Language language = content.language();
            String heading = messages.get(language, "certificate.heading");
            describe(document, content, heading);

            var page = new PDPage(PAGE);
            document.addPage(page);
            try (var canvas = new PDPageContentStream(document, page)) {
                drawFrame(canvas);

                var headline = new Paragraph(heading, bold, 30, ACCENT, 0, COLUMN_WIDTH);
                float headingBottom = drawCentred(canvas, List.of(headline), TOP);
                float ruleY = headingBottom - 12;
                canvas.setStrokingColor(GOLD);
                canvas.setLineWidth(1.5f);
                canvas.moveTo(PAGE.getWidth() / 2 - 60, ruleY);
                canvas.lineTo(PAGE.getWidth() / 2 + 60, ruleY);
                canvas.stroke();

                float footerTop = drawFooter(canvas, content, regular);
                float regionTop = ruleY - 18;
                float regionBottom = footerTop + 24;
                List<Paragraph> body = body(content, regular, bold);
                fit(body, regionTop - regionBottom);
                float free = regionTop - regionBottom - height(body);
                drawCentred(canvas, body, regionTop - Math.max(0, free) / 2);
            }

            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render certificate " + content.certificateNumber(), e);
        }
    }

    private void describe(PDDocument document, CertificateContent content, String heading) {
        var info = document.getDocumentInformation();
        info.setTitle(heading + " – " + content.participantName());
        info.setSubject(content.seminarTitle());
        info.setAuthor(AUTHOR);
        info.setCreator(AUTHOR);
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage(content.language().tag());
        // Viewers then show the document title in their title bar instead of the file name.
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    private List<Paragraph> body(CertificateContent content, PDFont regular, PDFont bold) throws IOException {
        Language language = content.language();
        String when = dates(language, content.firstDay(), content.lastDay());
        String city = Texts.blankToNull(content.city());
        var body = new ArrayList<Paragraph>();
        body.add(new Paragraph(messages.get(language, "certificate.certify"), regular, 14, INK, 0, COLUMN_WIDTH));
        body.add(new Paragraph(content.participantName(), bold, 28, ACCENT, 10, COLUMN_WIDTH).limit(3, 16));
        body.add(new Paragraph(messages.get(language, "certificate.attended"), regular, 14, INK, 10, COLUMN_WIDTH));
        body.add(new Paragraph(content.seminarTitle(), bold, 20, INK, 8, COLUMN_WIDTH).limit(5, 12));
        body.add(new Paragraph(city == null ? when : when + ", " + city, regular, 13, INK, 16, COLUMN_WIDTH));
        body.add(new Paragraph(hours(language, content.hours()), regular, 13, INK, 4, COLUMN_WIDTH));
        body.add(new Paragraph(messages.get(language, "certificate.organisers", String.join(", ", content.organisers())),
                regular, 11, MUTED, 16, COLUMN_WIDTH));
        return body;
    }

    /**
     * The last resort when the body is still taller than its region, for example above a long
     * verification link: the paragraph with the most lines that may still get smaller shrinks first;
     * when nothing can shrink any more, the one with the most lines loses its last lines.
     */
    private static void fit(List<Paragraph> body, float available) throws IOException {
        Comparator<Paragraph> byLines = Comparator.comparingInt(paragraph -> paragraph.lines.size());
        while (height(body) > available) {
            var shrinkable = body.stream().filter(Paragraph::canShrink).max(byLines);
            if (shrinkable.isPresent()) {
                shrinkable.get().shrink();
                continue;
            }
            Paragraph longest = body.stream().max(byLines).orElseThrow();
            if (longest.lines.size() < 2) {
                return;
            }
            longest.dropLastLine();
        }
    }

    /** Number and issue date on the left, the verification link on the right; returns the footer's top. */
    private float drawFooter(PDPageContentStream canvas, CertificateContent content, PDFont regular)
            throws IOException {
        Language language = content.language();
        float left = SIDE_MARGIN;
        float right = PAGE.getWidth() - SIDE_MARGIN;
        float half = COLUMN_WIDTH / 2 - 20;

        var number = new Paragraph(messages.get(language, "certificate.number", content.certificateNumber()),
                regular, 10, MUTED, 0, half);
        var issued = new Paragraph(messages.get(language, "certificate.issued", date(language, content.issuedOn())),
                regular, 10, MUTED, 0, half);
        float y = FOOTER_BASELINE;
        for (Paragraph paragraph : List.of(issued, number)) {
            for (String line : paragraph.lines.reversed()) {
                show(canvas, paragraph, left, y, line);
                y += paragraph.lineHeight();
            }
        }
        float top = y - number.lineHeight() + number.size;

        String url = Texts.blankToNull(content.verificationUrl());
        if (url != null) {
            var verify = new Paragraph(messages.get(language, "certificate.verify", url), regular, 9, MUTED, 0, half);
            float lineY = FOOTER_BASELINE;
            for (String line : verify.lines.reversed()) {
                show(canvas, verify, right - verify.width(line), lineY, line);
                lineY += verify.lineHeight();
            }
            top = Math.max(top, lineY - verify.lineHeight() + verify.size);
        }
        return top;
    }

    /** Draws the paragraphs centred one below the other from {@code top}; returns where the last one ends. */
    private static float drawCentred(PDPageContentStream canvas, List<Paragraph> paragraphs, float top)
            throws IOException {
        float y = top;
        for (Paragraph paragraph : paragraphs) {
            y -= paragraph.spaceBefore;
            for (String line : paragraph.lines) {
                show(canvas, paragraph, (PAGE.getWidth() - paragraph.width(line)) / 2, y - paragraph.size, line);
                y -= paragraph.lineHeight();
            }
        }
        return y;
    }

    private static void show(PDPageContentStream canvas, Paragraph paragraph, float x, float baseline, String line)
            throws IOException {
        canvas.beginText();
        canvas.setFont(paragraph.font, paragraph.size);
        canvas.setNonStrokingColor(paragraph.colour);
        canvas.newLineAtOffset(x, baseline);
        canvas.showText(line);
        canvas.endText();
    }

    private static void drawFrame(PDPageContentStream canvas) throws IOException {
        canvas.setStrokingColor(ACCENT);
        canvas.setLineWidth(2.5f);
        canvas.addRect(FRAME_INSET, FRAME_INSET, PAGE.getWidth() - 2 * FRAME_INSET, PAGE.getHeight() - 2 * FRAME_INSET);
        canvas.stroke();
        canvas.setLineWidth(0.75f);
        canvas.addRect(INNER_FRAME_INSET, INNER_FRAME_INSET,
                PAGE.getWidth() - 2 * INNER_FRAME_INSET, PAGE.getHeight() - 2 * INNER_FRAME_INSET);
        canvas.stroke();
    }

    private static float height(List<Paragraph> paragraphs) {
        return (float) paragraphs.stream().mapToDouble(Paragraph::height).sum();
    }

    /** "19–20 November 2013", "19–20 ноября 2013 г.", "2013 жылғы 19–20 қараша", and so on for longer spans. */
    private String dates(Language language, LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return date(language, first);
        }
        if (first.getYear() != last.getYear()) {
            return date(language, first) + " – " + date(language, last);
        }
        if (first.getMonth() == last.getMonth()) {
            return messages.get(language, "certificate.dates.sameMonth",
                    DAY.format(first), DAY.format(last), month(language, first), YEAR.format(first));
        }
        return messages.get(language, "certificate.dates.sameYear",
                DAY.format(first), month(language, first), DAY.format(last), month(language, last), YEAR.format(last));
    }

    private String date(Language language, LocalDate day) {
        return messages.get(language, "certificate.date", DAY.format(day), month(language, day), YEAR.format(day));
    }

    /** The month as it stands after a day number: "ноября", not "ноябрь". */
    private static String month(Language language, LocalDate day) {
        return DateTimeFormatter.ofPattern("MMMM", language.locale()).format(day);
    }

    /** "14 academic hours", "12,5 академического часа": decimals only when the hours have them. */
    private String hours(Language language, BigDecimal hours) {
        BigDecimal value = hours.stripTrailingZeros();
        var format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return messages.get(language, "certificate.hours." + pluralCategory(language, value), format.format(value));
    }

    /** The CLDR plural category of a number in the language, which picks the form of "hours". */
    private static String pluralCategory(Language language, BigDecimal number) {
        BigDecimal value = number.stripTrailingZeros();
        if (value.scale() > 0) {
            return "other";
        }
        BigInteger whole = value.toBigIntegerExact();
        int lastDigit = whole.mod(BigInteger.TEN).intValue();
        int lastTwo = whole.mod(BigInteger.valueOf(100)).intValue();
        return switch (language) {
            case EN, KK -> whole.equals(BigInteger.ONE) ? "one" : "other";
            case RU -> {
                if (lastDigit == 1 && lastTwo != 11) {
                    yield "one";
                }
                yield lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
            }
        };
    }

    /**
     * Text in one font and colour, wrapped to a width; a word wider than the line, such as a long link,
     * is broken where it must be. A paragraph with a {@linkplain #limit limit} may get smaller.
     */
    private static final class Paragraph {

        private final String text;
        private final PDFont font;
        private float minSize;
        private final Color colour;
        private final float spaceBefore;
        private final float maxWidth;
        private float size;
        private List<String> lines;

        Paragraph(String text, PDFont font, float size, Color colour, float spaceBefore, float maxWidth)
                throws IOException {
            this.font = font;
            this.text = printable(text, font);
            this.size = size;
            this.minSize = size;
            this.colour = colour;
            this.spaceBefore = spaceBefore;
            this.maxWidth = maxWidth;
            this.lines = wrap();
        }

        /** Shrinks towards {@code smallestSize} until the text takes at most {@code maxLines}, else cuts it there. */
        Paragraph limit(int maxLines, float smallestSize) throws IOException {
            minSize = smallestSize;
            while (lines.size() > maxLines && canShrink()) {
                shrink();
            }
            while (lines.size() > maxLines) {
                dropLastLine();
            }
            return this;
        }

        float lineHeight() {
            return size * LINE_SPACING;
        }

        float height() {
            return spaceBefore + lines.size() * lineHeight();
        }

        float width(String line) throws IOException {
            return font.getStringWidth(line) / 1000 * size;
        }

        boolean canShrink() {
            return size > minSize;
        }

        void shrink() throws IOException {
            size = Math.max(minSize, size - 1);
            lines = wrap();
        }

        void dropLastLine() throws IOException {
            var kept = new ArrayList<>(lines.subList(0, lines.size() - 1));
            String last = kept.removeLast();
            while (!last.isEmpty() && width(last + ELLIPSIS) > maxWidth) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            kept.add(last.stripTrailing() + ELLIPSIS);
            lines = kept;
        }

        private List<String> wrap() throws IOException {
            var wrapped = new ArrayList<String>();
            String line = "";
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate) <= maxWidth) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    wrapped.add(line);
                }
                line = word;
                while (width(line) > maxWidth) {
                    int end = fittingPrefix(line);
                    wrapped.add(line.substring(0, end));
                    line = line.substring(end);
                }
            }
            if (!line.isEmpty()) {
                wrapped.add(line);
            }
            return wrapped;
        }

        /**
         * Where to break a word that is wider than a line: after the last hyphen or slash that fits, as
         * in a double surname or a link, or else after the last character that fits (at least one).
         */
        private int fittingPrefix(String word) throws IOException {
            int end = word.offsetByCodePoints(0, 1);
            int afterSeparator = -1;
            while (end < word.length()) {
                if (BREAK_AFTER.indexOf(word.codePointBefore(end)) >= 0) {
                    afterSeparator = end;
                }
                int next = word.offsetByCodePoints(end, 1);
                if (width(word.substring(0, next)) > maxWidth) {
                    break;
                }
                end = next;
            }
            return afterSeparator > 0 ? afterSeparator : end;
        }

        /** One line of text in composed form, with characters the font cannot draw shown as "?". */
        private static String printable(String text, PDFont font) throws IOException {
            return PdfFonts.drawable(text.replaceAll("\\s+", " ").strip(), font);
        }
    }
}
