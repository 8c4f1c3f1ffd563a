package org.npmportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.npmportal.base.ui.ErrorMessages;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorMessagesTest {

    private static final Pattern REFERENCE = Pattern.compile("[2-9A-Z]{4}-[2-9A-Z]{4}");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale KAZAKH = Locale.forLanguageTag("kk");

    @Autowired
    ErrorMessages errorMessages;

    @Test
    void an_unexpected_error_shows_only_a_reference_that_the_log_ties_to_the_stack_trace(CapturedOutput output) {
        var error = new IllegalStateException("secret internal detail");

        String shown = errorMessages.describe(error, RUSSIAN);

        var reference = REFERENCE.matcher(shown);
        assertThat(reference.find()).as(shown).isTrue();
        assertThat(shown).startsWith("На нашей стороне произошла ошибка").doesNotContain("secret", "Exception");
        assertThat(output.getOut()).contains("[ref " + reference.group() + "]")
                .contains("java.lang.IllegalStateException: secret internal detail");
    }

    @Test
    void errors_the_user_caused_are_explained_in_their_language_without_a_reference() {
        assertThat(errorMessages.describe(new UserFacingException("user.lastAdmin"), KAZAKH))
                .isEqualTo("Бұл — соңғы белсенді әкімші. Алдымен басқа біреуді әкімші етіп тағайындаңыз.");
        assertThat(errorMessages.describe(new InvalidInputException("email", "user.email.invalid"), RUSSIAN))
                .isEqualTo("Введите правильный адрес эл. почты, например name@example.org.");
        assertThat(errorMessages.describe(new AccessDeniedException("no"), Locale.ENGLISH))
                .isEqualTo("You are not allowed to do this.");
        assertThat(errorMessages.describe(new OptimisticLockingFailureException("stale"), Locale.ENGLISH))
                .startsWith("Someone else changed this record");
    }

    @Test
    void a_database_outage_asks_the_user_to_try_again(CapturedOutput output) {
        String shown = errorMessages.describe(
                new RuntimeException(new DataAccessResourceFailureException("connection refused")), Locale.ENGLISH);

        assertThat(shown).startsWith("The portal cannot reach its database right now. Please try again");
        assertThat(output.getOut()).contains("Database unavailable");
        assertThat(errorMessages.describe(new CannotAcquireLockException("lock"), Locale.ENGLISH))
                .isEqualTo("The portal is busy right now and nothing was changed. Please try again in a moment.");
    }
}
