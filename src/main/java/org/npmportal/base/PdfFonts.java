package org.npmportal.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of the portal's PDF documents (certificates, selection minutes): DejaVu Sans, regular and bold,
 * embedded in each document as a subset, so that Kazakh and Russian letters print the same on every
 * machine and a document holds only the glyphs it uses. The font files are read from the class path once.
 */
public record PdfFonts(PDFont regular, PDFont bold) {

    /** Embeds both fonts in the document; they belong to that document only. */
    public static PdfFonts embedIn(PDDocument document) throws IOException {
        return new PdfFonts(
                PDType0Font.load(document, new ByteArrayInputStream(Files.REGULAR), true),
                PDType0Font.load(document, new ByteArrayInputStream(Files.BOLD), true));
    }

    /**
     * The text in composed form (NFC), with every character the font cannot draw shown as "?", so that
     * one odd character in a name never stops a document from being made.
     */
    public static String drawable(String text, PDFont font) throws IOException {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var drawable = new StringBuilder(composed.length());
        for (int codePoint : composed.codePoints().toArray()) {
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                drawable.append(character);
            } catch (IllegalArgumentException noGlyph) {
                drawable.append('?');
            }
        }
        return drawable.toString();
    }

    /** Read on first use, so that code which never makes a PDF never loads 1 MB of fonts. */
    private static final class Files {

        static final byte[] REGULAR = read("DejaVuSans.ttf");
        static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

        private static byte[] read(String name) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Font fonts/" + name + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read font " + name, e);
            }
        }
    }
}
