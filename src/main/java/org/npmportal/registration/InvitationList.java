package org.npmportal.registration;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the list of people to invite, pasted or uploaded: one person a line as name, e-mail address
 * and (optionally) language, separated by commas, semicolons or tabs, as spreadsheets save them. Names
 * and addresses cannot contain these separators, so no quoting is needed; quotes around a cell are
 * dropped. A first line without any {@code @} is a header and is skipped.
 */
final class InvitationList {

    /** The most people one list may invite. */
    static final int MAX_PEOPLE = 500;
    /** The largest uploaded file. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern SEPARATOR = Pattern.compile("[,;\t]");
    /** Control characters other than tabs and line breaks: not something a text file holds. */
    private static final Pattern BINARY = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private InvitationList() {
    }

    /** One person's cells as typed; the service checks them. */
    record Line(int number, String name, String email, String language) {
    }

    /**
     * An uploaded file as text: UTF-8, with or without a byte order mark. Anything else (a spreadsheet
     * saved as .xlsx, UTF-16, a picture) is refused whatever the file is called.
     */
    static String decode(byte[] content) {
        if (content == null || content.length == 0) {
            throw problem(0, "participants.invite.empty");
        }
        if (content.length > MAX_BYTES) {
            throw problem(0, "participants.invite.file.tooLarge");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw problem(0, "participants.invite.file.notText");
        }
        if (BINARY.matcher(text).find()) {
            throw problem(0, "participants.invite.file.notText");
        }
        return text;
    }

    /** The lines that name people, with their line numbers in the text; blank lines are skipped. */
    static List<Line> parse(String text) {
        String content = text == null ? "" : text;
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String[] rawLines = LINE_BREAK.split(content, -1);
        List<Line> lines = new ArrayList<>();
        List<InvitationProblem> problems = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < rawLines.length; i++) {
            String raw = rawLines[i];
            if (raw.isBlank()) {
                continue;
            }
            int number = i + 1;
            if (first && !raw.contains("@")) {
                first = false;
                continue;
            }
            first = false;
            List<String> cells = cells(raw);
            if (cells.size() > 3) {
                problems.add(new InvitationProblem(number, "participants.invite.columns"));
                continue;
            }
            lines.add(new Line(number, cells.get(0), cells.size() > 1 ? cells.get(1) : "",
                    cells.size() > 2 ? cells.get(2) : ""));
            if (lines.size() > MAX_PEOPLE) {
                problems.add(new InvitationProblem(number, "participants.invite.tooMany"));
                break;
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new InvitationProblem(0, "participants.invite.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInvitationsException(problems);
        }
        return lines;
    }

    /** The cells of a line without surrounding spaces and quotes; empty cells at the end are dropped. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>(Arrays.stream(SEPARATOR.split(line, -1))
                .map(InvitationList::unquoted).toList());
        while (cells.size() > 1 && cells.getLast().isEmpty()) {
            cells.removeLast();
        }
        return cells;
    }

    private static String unquoted(String cell) {
        String stripped = cell.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            stripped = stripped.substring(1, stripped.length() - 1).strip();
        }
        return stripped;
    }

    private static InvalidInvitationsException problem(int line, String key) {
        return new InvalidInvitationsException(List.of(new InvitationProblem(line, key)));
    }
}
