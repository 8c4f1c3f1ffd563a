package org.npmportal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.AgendaSession;
import org.npmportal.seminar.Seminar;
import org.npmportal.selection.RatingCriterion;
import org.npmportal.selection.SelectionRound;

/**
 * A seminar's agenda sessions and a round's criteria are validated with their owner ({@code List<@Valid …>}):
 * a bad session or criterion is reported under its own path, so the editors can show it next to the field.
 */
class NestedValidationTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final Validator validator = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void a_session_without_a_title_is_reported_under_the_seminars_sessions() {
        Seminar seminar = new Seminar();
        LocalDateTime nine = LocalDateTime.of(2013, 11, 19, 9, 0);
        seminar.getSessions().add(new AgendaSession(nine, nine.plusHours(1), " ", null, null));

        assertThat(paths(validator.validate(seminar))).contains("sessions[0].title");
    }

    @Test
    void a_criterion_without_a_name_is_reported_under_the_rounds_criteria() {
        SelectionRound round = new SelectionRound();
        round.setCriteria(List.of(new RatingCriterion("", null, BigDecimal.ONE, 1, 5, Map.of())));

        assertThat(paths(validator.validate(round))).contains("criteria[0].name");
    }

    private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).toList();
    }
}
