package org.npmportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The audit view filters by area, so every action the code records must belong to one. */
class AuditAreaTest {

    private static final Pattern ACTION = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)+)\"");

    @Test
    void every_action_recorded_anywhere_in_the_code_belongs_to_an_area() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                int at = code.indexOf(".record(");
                while (at >= 0) {
                    var matcher = ACTION.matcher(code.substring(at, code.indexOf(';', at)));
                    while (matcher.find()) {
                        actions.add(matcher.group(1));
                    }
                    at = code.indexOf(".record(", at + 1);
                }
            }
        }

        assertThat(actions).contains("SCORE_CHANGED", "DECLARATION_MADE", "SELECTION_OVERRIDE", "ROSTER_MEMBER_CHANGED",
                "EXPENDITURE_RECORDED", "USER_CREATED", "PERSON_ANONYMISED", "RETENTION_ANONYMISED");
        assertThat(actions.stream().filter(action -> AuditArea.of(action).isEmpty()).toList()).isEmpty();
    }

    @Test
    void ratings_and_decisions_are_told_apart_from_the_rest_of_selection() {
        assertThat(AuditArea.of("SCORE_CHANGED")).contains(AuditArea.RATINGS);
        assertThat(AuditArea.of("SELECTION_OVERRIDE")).contains(AuditArea.DECISIONS);
        assertThat(AuditArea.of("SELECTION_PHASE_CHANGED")).contains(AuditArea.SELECTION);
        assertThat(AuditArea.of("CANDIDATES_IMPORTED")).contains(AuditArea.SELECTION);
    }
}
