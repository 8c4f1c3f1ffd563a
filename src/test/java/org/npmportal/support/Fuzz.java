package org.npmportal.support;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Seeded random input for the property tests of the public API and forms. jqwik is not used: its releases
 * run on JUnit Platform 1 while Spring Boot 4 brings Platform 6, and from 1.10 its authors ask that it not
 * be used by AI coding agents (see SECURITY.md, "Bad input"). So a property here is a plain JUnit test that
 * draws {@link #tries} cases from this generator and names the seed in every failure; run again with
 * {@code -Dfuzz.seed=...} to get the same cases, and with {@code -Dfuzz.tries=...} for more of them.
 */
public final class Fuzz {

    /** One seed for the whole test run, chosen at random unless given. */
    public static final long SEED = Long.getLong("fuzz.seed", new SecureRandom().nextLong());

    static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
    static final String KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    /** Letters of other scripts, and letters that Unicode NFC turns into two or three characters. */
    static final List<String> OTHER_LETTERS = List.of("ß", "Ὀ", "ع", "ש", "中", "𠀀", "𝔘", "\u0958", "\uFB2C",
            "\u2126", "\u212B", "ǅ", "ｆ");
    /** Marks that follow a letter: the Kazakh and Russian ones typed as letter + mark. */
    static final List<String> MARKS = List.of("\u0301", "\u0306", "\u0308", "\u0304");
    static final List<String> EMOJI = List.of("😀", "👩‍👩‍👧", "🇰🇿", "🏳️‍🌈", "👍🏽", "🤝", "\u2764\uFE0F", "𓀀");
    /** HTML, SQL, template and format fragments: text like any other to the portal. */
    static final List<String> FRAGMENTS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "'; DROP TABLE registration; --", "' OR '1'='1", "\" OR 1=1 --", "${jndi:ldap://example.invalid/a}",
            "{{7*7}}", "#{7*7}", "%s%n%x", "{0}", "\\", "\"", "'", "’", "&amp;", "../../etc/passwd", "NULL",
            "%", "_", "!", "*/", "--", ";", "\\u0000", "<!--", "]]>", "javascript:alert(1)");
    static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\u00A0", "\u3000", "\u2007");
    /** What single-line text may not hold: control characters, bidirectional overrides, lone surrogates. */
    static final List<String> FORBIDDEN = List.of("\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085",
            "\u009B", "\n", "\r", "\t", "\u202E", "\u202A", "\u2066", "\u2069", "\uD800", "\uDFFF");
    /** Invisible characters that are allowed, so they must come back exactly. */
    static final List<String> INVISIBLE = List.of("\u200B", "\u200D", "\u200E", "\u200F", "\uFEFF", "\u2028");

    private static final Pattern FORBIDDEN_IN_LINE = Pattern.compile("[\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern FORBIDDEN_IN_LINES =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]");

    private final Random random;

    /** A generator for one property, so that adding a property does not change the cases of another. */
    public Fuzz(String property) {
        this.random = new Random(SEED ^ property.hashCode());
    }

    /** How many cases a property draws: {@code -Dfuzz.tries} or the property's own modest default. */
    public static int tries(int usual) {
        return Integer.getInteger("fuzz.tries", usual);
    }

    /** What to print with a failure, so that it can be run again. */
    public static String replay() {
        return "(replay with -Dfuzz.seed=" + SEED + ")";
    }

    /**
     * Names the seed in every failure of a fuzz test, also in one thrown before the property's own messages
     * (a planted invitation the database refused, in CI, could not be replayed for want of it).
     */
    public static final class SeedInFailures implements TestExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
            thrown.addSuppressed(new Replay());
            throw thrown;
        }
    }

    /** The seed, as a suppressed exception of a failure; its own stack trace would say nothing. */
    static final class Replay extends RuntimeException {

        Replay() {
            super(replay(), null, false, false);
        }
    }

    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T oneOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    public String letter() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> pick(LATIN);
            case 3, 4, 5 -> pick(CYRILLIC);
            case 6, 7, 8 -> pick(KAZAKH);
            default -> pick(OTHER_LETTERS);
        };
    }

    /**
     * A person's name the portal must accept: words of letters (any script, sometimes with a combining
     * mark) joined by a space, a hyphen or an apostrophe, at most {@code max} characters once normalised.
     */
    public String name(int max) {
        var name = new StringBuilder(word());
        int words = between(0, chance(0.1) ? 60 : 3);
        for (int i = 0; i < words; i++) {
            String next = name + oneOf(" ", " ", "-", "'", "’", " ") + word();
            if (normalisedLength(next) > max) {
                break;
            }
            name.setLength(0);
            name.append(next);
        }
        return name.toString();
    }

    private String word() {
        var word = new StringBuilder();
        int letters = between(1, 12);
        for (int i = 0; i < letters; i++) {
            word.append(letter());
            if (chance(0.05)) {
                word.append(pick(MARKS));
            }
        }
        return word.toString();
    }

    /**
     * Free text a single-line field must accept and store exactly (after trimming, collapsing runs of
     * spaces and NFC): letters of every script, emoji, HTML and SQL fragments, invisible characters.
     */
    public String freeText(int max) {
        var text = new StringBuilder();
        int pieces = between(1, chance(0.15) ? 400 : 12);
        for (int i = 0; i < pieces; i++) {
            String piece = switch (random.nextInt(12)) {
                case 0, 1, 2, 3 -> word();
                case 4, 5 -> pick(SPACES);
                case 6 -> pick(EMOJI);
                case 7 -> pick(FRAGMENTS);
                case 8 -> pick(INVISIBLE);
                case 9 -> String.valueOf(between(0, 99999));
                default -> " ";
            };
            if (normalisedLength(text + piece) > max) {
                break;
            }
            text.append(piece);
        }
        return text.isEmpty() || text.toString().isBlank() ? word() : text.toString();
    }

    /** Anything at all: free text with forbidden characters, lone surrogates, sizes past every limit. */
    public String hostileText() {
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> pick(SPACES).repeat(between(1, 5));
            case 2 -> freeText(300) + pick(FORBIDDEN) + freeText(30);
            case 3 -> letter().repeat(oneOf(199, 200, 201, 254, 255, 1000, 1001, 5000));
            case 4 -> pick(FRAGMENTS) + pick(FORBIDDEN);
            case 5 -> pick(EMOJI).repeat(between(50, 600));
            default -> freeText(oneOf(10, 200, 1000, 4000));
        };
    }

    private String pick(String letters) {
        int at = random.nextInt(letters.codePointCount(0, letters.length()));
        return Character.toString(letters.codePointAt(letters.offsetByCodePoints(0, at)));
    }

    /** The portal's normalisation of typed text: trimmed, runs of spaces collapsed, NFC; blank is null. */
    public static String normalised(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return Normalizer.normalize(input.strip().replaceAll(" {2,}", " "), Normalizer.Form.NFC);
    }

    /** The same for text of several lines: line ends made {@code \n}, trimmed, NFC, runs of spaces kept. */
    public static String normalisedLines(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return Normalizer.normalize(input.replace("\r\n", "\n").replace('\r', '\n').strip(), Normalizer.Form.NFC);
    }

    /**
     * Whether stored text would hold what the portal promises to refuse: control characters (on several
     * lines tab and line ends aside), bidirectional overrides and isolates, lone surrogates.
     */
    public static boolean holdsForbidden(String stored, boolean severalLines) {
        return stored != null && (severalLines ? FORBIDDEN_IN_LINES : FORBIDDEN_IN_LINE).matcher(stored).find();
    }

    private static int normalisedLength(String text) {
        String value = normalised(text);
        return value == null ? 0 : value.length();
    }

    /** The text with control, format and surrogate characters written as escapes, shortened for a message. */
    public static String printable(String input) {
        if (input == null) {
            return "null";
        }
        String shown = input.length() > 60 ? input.substring(0, 60) + "… (" + input.length() + " chars)" : input;
        var out = new StringBuilder("\"");
        shown.codePoints().forEach(c -> out.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.append('"').toString();
    }
}
