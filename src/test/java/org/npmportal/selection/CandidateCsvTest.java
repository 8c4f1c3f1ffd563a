package org.npmportal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a candidate list saved by a spreadsheet is split into records and cells. */
class CandidateCsvTest {

    @Test
    void a_quoted_cell_may_hold_separators_doubled_quotes_and_line_breaks_and_lines_keep_their_numbers() {
        var rows = CandidateCsv.parse("Name,Email\n"
                + "Asel Nur,asel@example.kz,,,ASTANA,,\"Visits, reports\nand \"\"follow-up\"\"\",Motivation\n"
                + "\n"
                + "  Dana Kim , dana@example.kz \n");

        assertThat(rows).extracting(CandidateCsv.Row::line).containsExactly(2, 5);
        assertThat(rows.get(0).cell(6)).isEqualTo("Visits, reports\nand \"follow-up\"");
        assertThat(rows.get(0).cell(7)).isEqualTo("Motivation");
        assertThat(rows.get(0).cell(8)).as("missing cells are empty").isEmpty();
        assertThat(rows.get(1).cells()).containsExactly("Dana Kim", "dana@example.kz");
    }

    @Test
    void the_separator_is_the_one_the_first_line_uses_most() {
        assertThat(CandidateCsv.parse("Asel Nur;asel@example.kz;+7, 701;Org, Ltd\n").getFirst().cells())
                .containsExactly("Asel Nur", "asel@example.kz", "+7, 701", "Org, Ltd");
        assertThat(CandidateCsv.parse("Asel Nur\tasel@example.kz\tOrg; Ltd\n").getFirst().cells())
                .containsExactly("Asel Nur", "asel@example.kz", "Org; Ltd");
    }

    @Test
    void a_first_line_with_an_address_is_a_candidate_not_a_header() {
        assertThat(CandidateCsv.parse("Asel Nur,asel@example.kz\r\nDana Kim,dana@example.kz"))
                .extracting(CandidateCsv.Row::line).containsExactly(1, 2);
    }

    @Test
    void a_line_with_more_columns_than_a_candidate_has_is_named() {
        assertThatThrownBy(() -> CandidateCsv.parse("a,b@c.kz,3,4,5,6,7,8,9,10\n"))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.lines())
                        .containsExactly(new ImportProblem(1, null, "selection.candidate.import.columns")));
    }

    @Test
    void a_byte_order_mark_is_dropped_and_text_in_another_encoding_is_refused() {
        assertThat(CandidateCsv.decode("\uFEFFӘлия,aliya@example.kz".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Әлия,aliya@example.kz");
        assertThatThrownBy(() -> CandidateCsv.decode("Әлия".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(InvalidImportException.class);
        assertThatThrownBy(() -> CandidateCsv.decode(new byte[CandidateCsv.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.lines())
                        .containsExactly(new ImportProblem(0, null, "selection.candidate.import.tooLarge")));
    }
}
