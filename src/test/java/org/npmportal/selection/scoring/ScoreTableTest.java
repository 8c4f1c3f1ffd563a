package org.npmportal.selection.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreTableTest {

    @Test
    void a_round_held_in_a_table_scores_to_the_last_bit_as_the_same_round_held_as_score_objects() {
        var input = SelectionScoringTest.randomRound(new Random(31), 300, 9, 5);
        String[] raters = input.raterIds().toArray(String[]::new);
        String[] candidates = input.candidates().stream().map(Candidate::id).toArray(String[]::new);
        String[] criteria = input.criteria().stream().map(Criterion::id).toArray(String[]::new);
        Map<String, Integer> rater = positions(raters);
        Map<String, Integer> candidate = positions(candidates);
        Map<String, Integer> criterion = positions(criteria);
        // Room for far fewer than come, so that the table has to grow several times.
        var table = new ScoreTable(raters, candidates, criteria, 100);
        input.scores().forEach((r, c, k, value) -> table.add(rater.get(r), candidate.get(c), criterion.get(k), value));
        var fromTable = new ScoringInput(input.criteria(), input.raterIds(), input.candidates(), table,
                input.recusals());

        var expected = SelectionScoring.score(input, 15);
        var actual = SelectionScoring.score(fromTable, 15);

        assertThat(table.size()).isEqualTo(input.scores().size()).isGreaterThan(10_000);
        assertThat(SelectionScoringTest.list(table))
                .containsExactlyElementsOf(SelectionScoringTest.list(input.scores()));
        assertThat(actual.ranking()).isEqualTo(expected.ranking());
        assertThat(actual.alpha()).isEqualTo(expected.alpha());
        assertThat(actual.progress()).isEqualTo(expected.progress());
    }

    @Test
    void a_position_outside_the_ids_is_refused_when_added_and_a_score_outside_the_scale_when_scored() {
        var table = new ScoreTable(new String[] {"r1"}, new String[] {"a", "b"}, new String[] {"k"}, 2);

        assertThatThrownBy(() -> table.add(1, 0, 0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.add(0, 2, 0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.add(0, 0, -1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(table.size()).isZero();

        table.add(0, 1, 0, 9);
        var input = new ScoringInput(List.of(new Criterion("k", 1, 1, 5)), List.of("r1"),
                List.of(new Candidate("a", "x"), new Candidate("b", "x")), table, List.of());
        assertThatThrownBy(() -> SelectionScoring.score(input, 15)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the scale");
    }

    private static Map<String, Integer> positions(String[] ids) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < ids.length; i++) {
            positions.put(ids[i], i);
        }
        return positions;
    }
}
