package org.npmportal.registration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npmportal.registration.api.RegistrationApiClient.person;
import static org.npmportal.registration.api.RegistrationApiTest.assertProblem;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.api.TestSeminars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The rate limits as a partner website meets them: 429 with {@code Retry-After}, nothing stored. A portal
 * of its own with a limit of three per address, so that reaching it takes few requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.rate-limit.limits.registration-ip.max-requests=3")
@ActiveProfiles({"test", "demo"})
@WithUserDetails("organiser")
class RegistrationApiRateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    SeminarService seminars;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_fourth_attempt_from_one_address_answers_429_with_retry_after_and_stores_nothing() {
        var stored = new StoredRegistrations(jdbc);
        long seminar = TestSeminars.publish(seminars, TestSeminars.draft(TestSeminars.kazakhTitle(), 30));
        String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
        try (var api = RegistrationApiClient.fromNewAddress(port); var other = RegistrationApiClient.fromNewAddress(port)) {
            for (int i = 1; i <= 3; i++) {
                assertThat(api.register(seminar, person("Әсел Қасымова", "p" + i + "@" + domain)).statusCode())
                        .isEqualTo(202);
            }

            var refused = api.register(seminar, person("Әсел Қасымова", "p4@" + domain), "Accept-Language", "ru");

            JsonNode problem = assertProblem(refused, 429);
            assertThat(problem.get("title").asString()).isEqualTo("Слишком много попыток");
            assertThat(problem.get("detail").asString()).contains("10 мин.");
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                    assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
            assertThat(stored.withEmail("p4@" + domain)).isEmpty();
            assertThat(stored.count(seminar)).isEqualTo(3);

            assertThat(other.register(seminar, person("Әсел Қасымова", "p4@" + domain)).statusCode())
                    .as("another address is not limited").isEqualTo(202);
        }
    }

    @Test
    void the_sixth_attempt_for_one_e_mail_answers_429_even_from_different_addresses() {
        long seminar = TestSeminars.publish(seminars, TestSeminars.draft(TestSeminars.kazakhTitle(), 30));
        String email = "often@" + UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
        for (int i = 1; i <= 5; i++) {
            try (var api = RegistrationApiClient.fromNewAddress(port)) {
                assertThat(api.register(seminar, person("Әсел Қасымова", email)).statusCode()).isEqualTo(202);
            }
        }
        try (var api = RegistrationApiClient.fromNewAddress(port)) {
            var refused = api.register(seminar, person("Әсел Қасымова", email));

            assertProblem(refused, 429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void confirmations_count_against_the_same_per_address_limit_and_the_fourth_answers_429_and_confirms_nothing() {
        var stored = new StoredRegistrations(jdbc);
        long seminar = TestSeminars.publish(seminars, TestSeminars.draft(TestSeminars.kazakhTitle(), 30));
        String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
        try (var registering = RegistrationApiClient.fromNewAddress(port);
                var confirming = RegistrationApiClient.fromNewAddress(port)) {
            assertThat(registering.register(seminar, person("Әсел Қасымова", "first@" + domain)).statusCode())
                    .isEqualTo(202);
            assertThat(registering.register(seminar, person("Бауыржан Сейітов", "second@" + domain)).statusCode())
                    .isEqualTo(202);
            String first = stored.confirmToken("first@" + domain);
            for (int i = 1; i <= 3; i++) {
                assertThat(confirming.confirm(first).statusCode()).isEqualTo(200);
            }

            var refused = confirming.confirm(stored.confirmToken("second@" + domain), "Accept-Language", "kk");

            assertProblem(refused, 429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(stored.one("second@" + domain).get("status")).isEqualTo("PENDING");
            assertThat(registering.confirm(stored.confirmToken("second@" + domain)).statusCode())
                    .as("the address that registered has attempts left").isEqualTo(200);
        }
    }
}
