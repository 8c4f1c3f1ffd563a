package org.npmportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.npmportal.base.RateLimitSettings.APPLICATION_EMAIL;
import static org.npmportal.base.RateLimitSettings.APPLICATION_IP;
import static org.npmportal.base.RateLimitSettings.LOGIN_IP;
import static org.npmportal.base.RateLimitSettings.REGISTRATION_EMAIL;
import static org.npmportal.base.RateLimitSettings.REGISTRATION_IP;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.npmportal.base.RateLimitSettings.Limit;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class RateLimitSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TimeConfig.class, RateLimitConfig.class, RateLimiter.class);

    @Test
    void without_properties_the_built_in_limits_apply() {
        context.run(context -> {
            var settings = context.getBean(RateLimitSettings.class);

            assertThat(settings.enabled()).isTrue();
            assertThat(settings.maxKeys()).isEqualTo(100_000);
            assertThat(settings.limits()).containsOnly(
                    Map.entry(REGISTRATION_IP, new Limit(30, Duration.ofMinutes(10))),
                    Map.entry(REGISTRATION_EMAIL, new Limit(5, Duration.ofHours(1))),
                    Map.entry(APPLICATION_IP, new Limit(20, Duration.ofMinutes(10))),
                    Map.entry(APPLICATION_EMAIL, new Limit(5, Duration.ofHours(1))),
                    Map.entry(LOGIN_IP, new Limit(30, Duration.ofMinutes(15))));
            assertThat(context).hasSingleBean(RateLimiter.class);
        });
    }

    @Test
    void properties_override_one_limit_and_leave_the_other_alone() {
        context.withPropertyValues("portal.rate-limit.limits.registration-ip.max-requests=100",
                        "portal.rate-limit.limits.registration-ip.window=PT1M", "portal.rate-limit.max-keys=5000")
                .run(context -> {
                    var settings = context.getBean(RateLimitSettings.class);

                    assertThat(settings.limit(REGISTRATION_IP)).isEqualTo(new Limit(100, Duration.ofMinutes(1)));
                    assertThat(settings.limit(REGISTRATION_EMAIL)).isEqualTo(new Limit(5, Duration.ofHours(1)));
                    assertThat(settings.maxKeys()).isEqualTo(5000);
                });
    }

    @Test
    void a_limit_that_sets_only_its_count_keeps_the_default_window() {
        context.withPropertyValues("portal.rate-limit.limits.registration-email.max-requests=3").run(context ->
                assertThat(context.getBean(RateLimitSettings.class).limit(REGISTRATION_EMAIL))
                        .isEqualTo(new Limit(3, Duration.ofHours(1))));
    }

    @Test
    void environment_variables_can_override_a_limit_and_switch_limiting_off() {
        context.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
                                "PORTAL_RATELIMIT_ENABLED", "false",
                                "PORTAL_RATELIMIT_LIMITS_REGISTRATIONIP_MAXREQUESTS", "1000"))))
                .run(context -> {
                    var settings = context.getBean(RateLimitSettings.class);

                    assertThat(settings.enabled()).isFalse();
                    assertThat(settings.limit(REGISTRATION_IP)).isEqualTo(new Limit(1000, Duration.ofMinutes(10)));
                });
    }

    @Test
    void switched_off_by_property_the_limiter_lets_everything_through() {
        context.withPropertyValues("portal.rate-limit.enabled=false",
                        "portal.rate-limit.limits.registration-email.max-requests=1")
                .run(context -> {
                    var limiter = context.getBean(RateLimiter.class);

                    assertThat(limiter.tryAcquire(REGISTRATION_EMAIL, "load@example.org")).isTrue();
                    assertThat(limiter.tryAcquire(REGISTRATION_EMAIL, "load@example.org")).isTrue();
                });
    }

    @Test
    void a_misspelt_limit_name_or_an_impossible_limit_stops_the_start_up() {
        context.withPropertyValues("portal.rate-limit.limits.registraton-ip.max-requests=100").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("registraton-ip names no rate limit"));
        context.withPropertyValues("portal.rate-limit.limits.registration-ip.max-requests=0").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("max-requests must be at least 1"));
        context.withPropertyValues("portal.rate-limit.limits.registration-ip.window=PT0S").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("window must be at least 1 ms"));
        context.withPropertyValues("portal.rate-limit.max-keys=0").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("max-keys must be at least 1"));
    }

    @Test
    void asking_for_an_unknown_limit_is_a_programming_error() {
        var settings = new RateLimitSettings(true, 10, Map.of());

        assertThatThrownBy(() -> settings.limit("login")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'login'");
    }
}
