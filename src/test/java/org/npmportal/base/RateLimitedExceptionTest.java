package org.npmportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class RateLimitedExceptionTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    RateLimitedExceptionTest() {
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void the_wait_is_shown_in_whole_minutes_rounded_up_and_never_as_zero() {
        assertThat(new RateLimitedException(Duration.ZERO).arguments()).containsExactly(1L);
        assertThat(new RateLimitedException(Duration.ofSeconds(1)).arguments()).containsExactly(1L);
        assertThat(new RateLimitedException(Duration.ofMinutes(7)).arguments()).containsExactly(7L);
        assertThat(new RateLimitedException(Duration.ofMinutes(7).plusMillis(1)).arguments()).containsExactly(8L);
    }

    @Test
    void the_exception_keeps_the_exact_wait_for_a_retry_after_header() {
        assertThat(new RateLimitedException(Duration.ofSeconds(90)).retryAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void the_message_reads_naturally_in_all_three_languages() {
        assertThat(text(Duration.ofSeconds(30), Locale.ENGLISH))
                .isEqualTo("Too many attempts. Please wait 1 minute and try again.");
        assertThat(text(Duration.ofMinutes(25), Locale.ENGLISH))
                .isEqualTo("Too many attempts. Please wait 25 minutes and try again.");
        assertThat(text(Duration.ofMinutes(3), Locale.forLanguageTag("ru")))
                .isEqualTo("Слишком много попыток. Подождите 3 мин. и попробуйте ещё раз.");
        assertThat(text(Duration.ofMinutes(3), Locale.forLanguageTag("kk")))
                .isEqualTo("Тым көп әрекет жасалды. 3 минут күтіп, қайталап көріңіз.");
    }

    private String text(Duration retryAfter, Locale locale) {
        var error = new RateLimitedException(retryAfter);
        return messages.getMessage(error.messageKey(), error.arguments(), locale);
    }
}
