package org.npmportal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npmportal.selection.ResultsFixture.ORGANISER;

import org.junit.jupiter.api.Test;
import org.npmportal.selection.scoring.SeatOutcome;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The last tie-break is the order in which candidates entered the round, whatever their ids look like as text. */
@PortalTest
class ResultsTieBreakTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResultsService results;

    @Test
    void tied_candidates_keep_the_order_they_entered_the_round_even_when_their_ids_cross_a_power_of_ten() {
        long next = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from selection_candidate", Long.class);
        long power = 10;
        while (power < next + 3) {
            power *= 10;
        }
        // C-003 gets the id just below the power of ten and C-005, tied with it, the one just above: 999 and 1001.
        jdbc.execute("alter table selection_candidate alter column id restart with " + (power - 3));
        var fixture = new ResultsFixture(context);
        var round = fixture.inDeliberation("Tie across ids", false);
        assertThat(round.candidate("C-003")).isEqualTo(power - 1);
        assertThat(round.candidate("C-005")).isEqualTo(power + 1);

        var rows = fixture.as(ORGANISER, () -> results.results(round.id())).rows();

        assertThat(rows).extracting(ResultRow::code).containsExactly("C-001", "C-004", "C-002", "C-003", "C-005");
        var c003 = rows.get(3);
        var c005 = rows.get(4);
        assertThat(c003.tied()).isTrue();
        assertThat(c005.tieRank()).isEqualTo(4);
        assertThat(c003.proposed()).as("Almaty's seat goes to the first of the tied").isEqualTo(SeatOutcome.SELECTED_REGIONAL);
        assertThat(c005.proposed()).isEqualTo(SeatOutcome.NOT_SELECTED);
    }
}
