package org.npmportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;

/** The request's constraints on their own, without a portal: what they accept, and that they stay cheap. */
class RegistrationRequestTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void names_of_letters_with_spaces_hyphens_apostrophes_and_dots_between_are_valid() {
        for (String name : List.of("Әсел Қасымова", "Ә", "А. Б.", "St. John", "O'Brien", "д’Артаньян",
                "Жан-Пьер Ғабитұлы", "Аи\u0306гүл", "علي بن محمد", "𠀀𠀀")) {
            assertThat(problems(request(name, "asel@example.kz", null))).as(name).isEmpty();
        }
        for (String name : List.of("Әсел 2000", "-Әсел", "Әсел -", "Ә..", "Әсел'", ".", "Әсел\u0007",
                "<b>Әсел</b>", "Robert'); DROP TABLE registration;--")) {
            assertThat(problems(request(name, "asel@example.kz", null))).as(name)
                    .containsEntry("fullName", Set.of("{registration.fullName.invalid}"));
        }
    }

    @Test
    void texts_far_over_their_limits_are_refused_for_their_length_without_exhausting_a_small_stack()
            throws InterruptedException {
        var request = request("Ә ".repeat(8_000) + "Ә", "a@" + "a.".repeat(8_000) + "kz", "ж\n".repeat(8_000));
        AtomicReference<Object> outcome = new AtomicReference<>();

        // Request threads have smaller stacks than a test's main thread; 256 KB is smaller still.
        var thread = new Thread(null, () -> {
            try {
                outcome.set(problems(request));
            } catch (StackOverflowError e) {
                outcome.set(e);
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();

        assertThat(outcome.get()).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        var problems = (Map<String, Set<String>>) outcome.get();
        assertThat(problems).containsEntry("fullName", Set.of("{registration.fullName.size}"))
                .containsEntry("needs", Set.of("{registration.needs.size}"))
                .containsKey("email");
        assertThat(problems.get("email")).contains("{registration.email.size}");
    }

    @Test
    void needs_may_span_lines_and_tabs_but_hold_no_other_control_character() {
        assertThat(problems(request("Әсел", "asel@example.kz", "Пандус.\r\n\tСурдоаударма."))).isEmpty();
        assertThat(problems(request("Әсел", "asel@example.kz", "Пандус\u0000"))).containsEntry("needs",
                Set.of("{registration.text.controlCharacters}"));
    }

    private static RegistrationRequest request(String name, String email, String needs) {
        return new RegistrationRequest(name, email, null, null, null, Language.KK, needs, true, false, null, null);
    }

    private static Map<String, Set<String>> problems(RegistrationRequest request) {
        return VALIDATOR.validate(request).stream().collect(Collectors.groupingBy(v -> v.getPropertyPath().toString(),
                Collectors.mapping(ConstraintViolation::getMessageTemplate, Collectors.toSet())));
    }
}
