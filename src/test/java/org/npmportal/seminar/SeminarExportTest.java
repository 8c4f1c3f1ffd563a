package org.npmportal.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The CSV and Excel exports, read back the way a spreadsheet would read them. */
@PortalTest
class SeminarExportTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale KAZAKH = Locale.forLanguageTag("kk");

    @Autowired
    SeminarExport export;
    @Autowired
    DirectoryService directory;

    @Test
    void the_csv_starts_with_a_byte_order_mark_ends_lines_with_crlf_and_quotes_what_needs_quoting() throws IOException {
        var tricky = row(7, "Monitoring \"closed\" institutions, part 1\nand part 2", SeminarStatus.PUBLISHED,
                "Almaty", "Abai Ave 52, hall 2", "OSCE");

        byte[] bytes = csv(List.of(tricky), Locale.ENGLISH);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r");
        List<List<String>> parsed = parseCsv(text);
        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0)).containsExactly("ID", "Title", "Status", "Format", "Start", "End", "Time zone",
                "City", "Region", "Venue", "Lead organiser", "Capacity", "Seats taken", "Waiting list");
        assertThat(parsed.get(1)).containsExactly("7", "Monitoring \"closed\" institutions, part 1\nand part 2",
                "Published", "In person", "2013-11-19 09:30", "2013-11-20 16:30", "Asia/Almaty", "Almaty",
                almaty().name(Locale.ENGLISH), "Abai Ave 52, hall 2", "OSCE", "60", "42", "3");
    }

    @Test
    void the_csv_keeps_kazakh_letters_and_translates_header_status_and_format_into_kazakh() throws IOException {
        var kazakh = row(8, "Алдын алу тетігі: қорытындылар және ұсынымдар", SeminarStatus.COMPLETED, "Алматы",
                "Әл-Фараби даңғылы", "ЕҚЫҰ");

        List<List<String>> parsed = parseCsv(text(csv(List.of(kazakh), KAZAKH)));

        assertThat(parsed.get(0).get(1)).isEqualTo("Атауы");
        assertThat(parsed.get(1).get(1)).isEqualTo("Алдын алу тетігі: қорытындылар және ұсынымдар");
        assertThat(parsed.get(1).get(2)).isEqualTo("Өткізілді");
        assertThat(parsed.get(1).get(8)).isEqualTo(almaty().name(KAZAKH));
        assertThat(parsed.get(1).get(9)).isEqualTo("Әл-Фараби даңғылы");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_prefixed_with_an_apostrophe() throws IOException {
        var attack = row(9, "=HYPERLINK(\"http://evil.example\",\"click\")", SeminarStatus.DRAFT, "+77001234567",
                "-2+3", "@SUM(A1:A2)");
        var tab = row(10, "\tcmd", SeminarStatus.DRAFT, "\rcity", "Hall = main", "OSCE");

        List<List<String>> parsed = parseCsv(text(csv(List.of(attack, tab), Locale.ENGLISH)));

        assertThat(parsed.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(parsed.get(1).get(7)).isEqualTo("'+77001234567");
        assertThat(parsed.get(1).get(9)).isEqualTo("'-2+3");
        assertThat(parsed.get(1).get(10)).isEqualTo("'@SUM(A1:A2)");
        assertThat(parsed.get(2).get(1)).isEqualTo("'\tcmd");
        assertThat(parsed.get(2).get(7)).isEqualTo("'\rcity");
        assertThat(parsed.get(2).get(9)).as("only a leading sign is dangerous").isEqualTo("Hall = main");
        assertThat(parsed.get(1).get(0)).isEqualTo("9");
    }

    @Test
    void the_excel_file_has_a_russian_header_numbers_as_numbers_and_dates_as_date_cells() throws IOException {
        var completed = row(11, "Внедрение НПМ в Казахстане (Астана)", SeminarStatus.COMPLETED, "Астана",
                "Конференц-зал", "ОБСЕ");
        var withoutCapacity = new SeminarSummary(12, 0, "Черновик без мест", SeminarStatus.DRAFT,
                SeminarFormat.ONLINE, null, null, null, null, null, "Asia/Almaty", null, 0, 0, null, null);
        var out = new ByteArrayOutputStream();

        export.writeXlsx(List.of(completed, withoutCapacity), RUSSIAN, out);

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Семинары");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(3);
            Row header = rows.get(0);
            assertThat(header.getCellText(0)).isEqualTo("Номер");
            assertThat(header.getCellText(1)).isEqualTo("Название");
            assertThat(header.getCellText(2)).isEqualTo("Статус");
            assertThat(header.getCellText(13)).isEqualTo("Лист ожидания");

            Row first = rows.get(1);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(0).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(11));
            assertThat(first.getCellText(1)).isEqualTo("Внедрение НПМ в Казахстане (Астана)");
            assertThat(first.getCellText(2)).isEqualTo("Проведён");
            assertThat(first.getCellText(3)).isEqualTo("Очно");
            assertThat(first.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(4).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(first.getCell(4).asDate()).isEqualTo(LocalDateTime.of(2013, 11, 19, 9, 30));
            assertThat(first.getCell(5).asDate()).isEqualTo(LocalDateTime.of(2013, 11, 20, 16, 30));
            assertThat(first.getCellText(8)).isEqualTo(almaty().name(RUSSIAN));
            for (int numeric : new int[] {11, 12, 13}) {
                assertThat(first.getCell(numeric).getType()).as("column %s", numeric).isEqualTo(CellType.NUMBER);
            }
            assertThat(first.getCell(11).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(60));
            assertThat(first.getCell(12).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(42));
            assertThat(first.getCell(13).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(3));

            Row second = rows.get(2);
            assertThat(second.getCellText(2)).isEqualTo("Черновик");
            assertThat(second.getCellText(3)).isEqualTo("Онлайн");
            assertThat(second.getOptionalCell(4).map(cell -> cell.getType()).orElse(CellType.EMPTY))
                    .isEqualTo(CellType.EMPTY);
            assertThat(second.getOptionalCell(11).map(cell -> cell.getType()).orElse(CellType.EMPTY))
                    .isEqualTo(CellType.EMPTY);
        }
    }

    @Test
    void an_empty_list_exports_just_the_header() throws IOException {
        List<List<String>> parsed = parseCsv(text(csv(List.of(), RUSSIAN)));
        assertThat(parsed).hasSize(1);
        assertThat(parsed.get(0)).hasSize(14).contains("Часовой пояс");

        var out = new ByteArrayOutputStream();
        export.writeXlsx(List.of(), RUSSIAN, out);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(1);
        }
    }

    private SeminarSummary row(long id, String title, SeminarStatus status, String city, String venue,
            String leadOrganiser) {
        return new SeminarSummary(id, 0, title, status, SeminarFormat.IN_PERSON, city, almaty(), venue,
                LocalDateTime.of(2013, 11, 19, 9, 30), LocalDateTime.of(2013, 11, 20, 16, 30), "Asia/Almaty", 60,
                42, 3, leadOrganiser, "NPM monitors");
    }

    private Region almaty() {
        return directory.regions().stream().filter(r -> r.getCode().equals("ALMATY_CITY")).findFirst().orElseThrow();
    }

    private byte[] csv(List<SeminarSummary> rows, Locale locale) throws IOException {
        var out = new ByteArrayOutputStream();
        export.writeCsv(rows, locale, out);
        return out.toByteArray();
    }

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    /** A strict RFC 4180 reader: records end with CRLF; quoted fields may hold quotes, commas and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("a quote may only open a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
                continue;
            } else {
                assertThat(c).as("a bare line break outside quotes at %s", i).isNotIn('\r', '\n');
                field.append(c);
            }
            i++;
        }
        assertThat(quoted).as("unterminated quote").isFalse();
        assertThat(field).as("text after the last CRLF").isEmpty();
        return records;
    }
}
