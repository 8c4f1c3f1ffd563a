package org.npmportal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.npmportal.selection.ResultsFixture.CHAIR;
import static org.npmportal.selection.ResultsFixture.MEMBER;
import static org.npmportal.selection.ResultsFixture.ORGANISER;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.UserFacingException;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The ranking files and the minutes, read back as a spreadsheet program and a PDF reader would read them,
 * for the round of {@link ResultsFixture}, whose figures are computed there by hand.
 */
@PortalTest
class SelectionExportsTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale KAZAKH = Locale.forLanguageTag("kk");
    private static final String OVERRIDE_REASON = "Speaks Kazakh and Russian";

    @Autowired
    ApplicationContext context;
    @Autowired
    SelectionExports exports;
    @Autowired
    ResultsService results;

    private ResultsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ResultsFixture(context);
    }

    @Test
    void the_ranking_csv_lists_every_candidate_in_rank_order_with_tie_marks_the_hand_computed_figures_and_the_proposal() {
        var round = fixture.inDeliberation("CSV", false);

        byte[] file = fixture.as(ORGANISER, () -> exports.rankingCsv(round.id(), Locale.ENGLISH));

        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFRank,Code,Name,Organisation,Region,Ratings,Mean,Median,SD,Min,Max,"
                + "z-mean,Discuss,Proposal,Decision,Changed by the chair,Reserve place\r\n");
        var rows = csv(text.substring(1));
        assertThat(rows).hasSize(6);
        assertThat(rows.stream().skip(1).map(row -> row.get(1)))
                .containsExactly("C-001", "C-004", "C-002", "C-003", "C-005");
        var first = rows.get(1);
        assertThat(first.subList(0, 11)).containsExactly("1", "C-001", "Айгерім Сапарова",
                "Адам құқықтары жөніндегі ҮЕҰ", "Astana", "3", "90.000", "93.333", "9.813", "76.667", "100.000");
        assertThat(first.get(11)).matches("-?\\d+\\.\\d{3}");
        assertThat(first.subList(12, 17)).containsExactly("No", "Selected (regional seat)", "", "", "");
        assertThat(rows.get(3).subList(0, 9)).containsExactly("3", "C-002", "Бекзат Омаров",
                "Адам құқықтары жөніндегі ҮЕҰ", "Astana", "2", "61.667", "61.667", "8.333");
        assertThat(rows.get(3).get(13)).isEqualTo("Reserve");
        var tiedFirst = rows.get(4);
        var tiedSecond = rows.get(5);
        assertThat(tiedFirst.get(0)).as("a tie mark that no spreadsheet runs as a formula").isEqualTo("'=4");
        assertThat(tiedSecond.get(0)).isEqualTo("'=4");
        assertThat(tiedFirst.subList(6, 9)).containsExactly("60.000", "50.000", "29.439");
        assertThat(tiedFirst.get(12)).isEqualTo("Yes");
        assertThat(tiedFirst.get(13)).isEqualTo("Selected (regional seat)");
        assertThat(tiedSecond.subList(6, 9)).containsExactly("60.000", "50.000", "14.142");
        assertThat(tiedSecond.get(13)).isEqualTo("Not selected");
        assertThat(rows.get(2).get(13)).isEqualTo("Selected (national seat)");
    }

    @Test
    void after_an_override_the_csv_shows_the_decision_the_change_and_the_reserve_places() {
        var round = fixture.decided("CSV decided", false);
        fixture.as(CHAIR, () -> results.override(round.id(), round.candidate("C-005"), Outcome.RESERVE,
                OVERRIDE_REASON));

        var rows = csv(new String(fixture.as(ORGANISER, () -> exports.rankingCsv(round.id(), Locale.ENGLISH)),
                StandardCharsets.UTF_8).substring(1));

        Map<String, List<String>> byCode = rows.stream().skip(1).collect(Collectors.toMap(r -> r.get(1), r -> r));
        assertThat(byCode.get("C-005").subList(13, 17)).containsExactly("Not selected", "Reserve", "Yes", "2");
        assertThat(byCode.get("C-002").subList(13, 17)).containsExactly("Reserve", "Reserve", "No", "1");
        assertThat(byCode.get("C-001").subList(13, 17))
                .containsExactly("Selected (regional seat)", "Selected", "No", "");
    }

    @Test
    void the_ranking_workbook_holds_ranks_and_rounded_figures_as_numbers_with_tied_ranks_shown_as_such_in_russian()
            throws IOException {
        var round = fixture.inDeliberation("XLSX", false);

        byte[] file = fixture.as(ORGANISER, () -> exports.rankingXlsx(round.id(), RUSSIAN));

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Рейтинг");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(6);
            assertThat(rows.getFirst().getCell(0).getText()).isEqualTo("Место");
            assertThat(rows.getFirst().getCell(6).getText()).isEqualTo("Среднее");
            Map<String, Row> byCode = rows.stream().skip(1)
                    .collect(Collectors.toMap(r -> r.getCell(1).getText(), Function.identity()));
            Row first = byCode.get("C-001");
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(0).asNumber()).isEqualByComparingTo("1");
            assertThat(first.getCell(4).getText()).isEqualTo("Астана");
            assertThat(first.getCell(5).asNumber()).isEqualByComparingTo("3");
            assertThat(first.getCell(6).asNumber()).isEqualByComparingTo("90");
            assertThat(first.getCell(7).asNumber()).isEqualByComparingTo("93.333");
            assertThat(first.getCell(8).asNumber()).isEqualByComparingTo("9.813");
            assertThat(first.getCell(13).getText()).isEqualTo("Отобран (региональное место)");
            Cell tied = byCode.get("C-005").getCell(0);
            assertThat(tied.getType()).isEqualTo(CellType.NUMBER);
            assertThat(tied.asNumber()).isEqualByComparingTo("4");
            assertThat(tied.getDataFormatString()).isEqualTo("\"=\"0");
            assertThat(first.getCell(0).getDataFormatString()).isNotEqualTo("\"=\"0");
            assertThat(byCode.get("C-005").getCell(8).asNumber()).isEqualByComparingTo(new BigDecimal("14.142"));
            assertThat(byCode.get("C-004").getCell(4).getText()).isEqualTo("Карагандинская область");
        }
    }

    @Test
    void the_minutes_name_the_criteria_weights_the_recusal_reason_the_alpha_and_the_override_with_its_reason()
            throws IOException {
        var round = fixture.decided("Minutes", false);
        fixture.as(CHAIR, () -> results.override(round.id(), round.candidate("C-005"), Outcome.RESERVE,
                OVERRIDE_REASON));
        var alpha = fixture.as(ORGANISER, () -> results.results(round.id())).alpha();
        assertThat(alpha).isPresent();

        String text = pdfText(fixture.as(ORGANISER, () -> exports.minutesPdf(round.id(), Locale.ENGLISH)));

        assertThat(text).contains("Minutes of the selection", round.title(), "NPM monitors · 2015");
        assertThat(text).contains("Saule Commissioner", "Timur Commissioner", "Helen Commissioner", "chair");
        assertThat(lineOf(text, ResultsFixture.EXPERIENCE)).contains("3", "66.7 %", "1–5");
        assertThat(lineOf(text, ResultsFixture.LEGAL)).contains("1.5", "33.3 %", "0–10");
        assertThat(text).contains("5 – Led many visits", "10 – Expert in the law on places of detention");
        assertThat(text).contains("population standard deviation", "above 15", "at least 2 ratings",
                "reserve list of 1", "broken by the median");
        assertThat(flat(text)).contains(ResultsFixture.RECUSAL_REASON);
        assertThat(lineOf(text, "Helen Commissioner C-002")).contains("Бекзат Омаров");
        assertThat(text).contains("Krippendorff's alpha: " + ResultFigures.alpha(alpha, Locale.ENGLISH));
        assertThat(flat(text)).contains(OVERRIDE_REASON);
        assertThat(lineOf(text, "Not selected → Reserve")).contains("C-005", OVERRIDE_REASON);
        assertThat(text).contains("C-003 · Vera Kim", "29.439");
        assertThat(lineOf(text, "Shymkent")).contains("1 0 0 1");
        assertThat(text).contains("Page 1 of ", "Generated on ");
    }

    @Test
    void the_minutes_in_russian_and_kazakh_are_written_in_their_letters() throws IOException {
        var round = fixture.decided("Minutes languages", false);

        String russian = pdfText(fixture.as(ORGANISER, () -> exports.minutesPdf(round.id(), RUSSIAN)));
        String kazakh = pdfText(fixture.as(ORGANISER, () -> exports.minutesPdf(round.id(), KAZAKH)));

        assertThat(russian).contains("Протокол отбора", "Конфликты интересов и самоотводы", "Карагандинская область",
                "Страница 1 из ", "Отобран", "Не отобран", "Айгерім Сапарова");
        assertThat(kazakh).contains("Іріктеу хаттамасы", "Мүдделер қақтығысы және өзін-өзі шеттету",
                "Қарағанды облысы", "Іріктелді", "Іріктелмеді", "Гүлнар Әлиева");
        assertThat(kazakh).containsAnyOf("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і");
    }

    @Test
    void a_ranking_longer_than_a_page_runs_over_pages_that_each_repeat_the_table_header_and_carry_a_number()
            throws IOException {
        var round = fixture.inRating("Long minutes", false, 120);

        byte[] file = fixture.as(ORGANISER, () -> exports.minutesPdf(round.id(), Locale.ENGLISH));

        try (var document = Loader.loadPDF(file)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(4);
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int scoresPages = 0;
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).contains("Page " + page + " of " + pages);
                boolean scoresRows = text.lines().anyMatch(line -> line.matches("=?\\d+ C-\\d{3} .* 0( –){6}.*"));
                if (scoresRows) {
                    scoresPages++;
                    assertThat(text).as("page %d", page).contains("Rank Code Name Region Ratings Mean Median SD");
                }
            }
            assertThat(scoresPages).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void a_commission_member_downloads_the_ranking_but_not_the_minutes_which_name_recusals() {
        var round = fixture.inDeliberation("Member files", false);

        byte[] csv = fixture.as(MEMBER, () -> exports.rankingCsv(round.id(), Locale.ENGLISH));

        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("C-001,Айгерім Сапарова");
        assertThatThrownBy(() -> fixture.as(MEMBER, () -> exports.minutesPdf(round.id(), Locale.ENGLISH)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.chairOnly"));
    }

    @Test
    void in_a_blind_round_the_files_name_no_candidate_for_the_commission_until_the_decision_but_do_for_organisers()
            throws IOException {
        var round = fixture.inDeliberation("Blind files", true);

        var memberRows = csv(new String(fixture.as(MEMBER, () -> exports.rankingCsv(round.id(), Locale.ENGLISH)),
                StandardCharsets.UTF_8).substring(1));
        var organiserRows = csv(new String(fixture.as(ORGANISER,
                () -> exports.rankingCsv(round.id(), Locale.ENGLISH)), StandardCharsets.UTF_8).substring(1));
        String chairMinutes = pdfText(fixture.as(CHAIR, () -> exports.minutesPdf(round.id(), Locale.ENGLISH)));

        assertThat(memberRows.get(1).subList(1, 5)).containsExactly("C-001", "", "", "Astana");
        assertThat(organiserRows.get(1).subList(1, 3)).containsExactly("C-001", "Айгерім Сапарова");
        assertThat(chairMinutes).contains("C-001", "candidates are named by their code only")
                .doesNotContain("Айгерім Сапарова", "Бекзат Омаров", "Vera Kim");

        fixture.as(CHAIR, () -> results.decide(round.id()));
        var afterDecision = csv(new String(fixture.as(MEMBER, () -> exports.rankingCsv(round.id(), Locale.ENGLISH)),
                StandardCharsets.UTF_8).substring(1));
        assertThat(afterDecision.get(1).subList(1, 3)).containsExactly("C-001", "Айгерім Сапарова");
    }

    // ---- Reading the files ----

    /** RFC 4180 records: quoted cells may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> csv(String text) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return records;
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** The text with its line breaks as spaces, for sentences a table cell wrapped. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String lineOf(String text, String start) {
        return Arrays.stream(text.split("\\R")).filter(line -> line.contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + start + " in:\n" + text));
    }
}
