package org.npmportal.registration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * When a seminar's lock or a query's answer cannot be had in time, the API says "try again" with a 503 and a
 * Retry-After, in the client's language, instead of an internal error. (A database that cannot be reached at
 * all is DatabaseOutageTest's, over real HTTP.)
 */
@PortalTest
class RegistrationApiUnavailableTest {

    @Autowired
    RegistrationApiProblems problems;

    @Test
    void a_lock_timeout_and_a_query_timeout_answer_503_with_retry_after_in_russian() {
        var request = new MockHttpServletRequest("POST", "/api/seminars/7/registrations");
        for (Exception error : new Exception[] {new CannotAcquireLockException("Lock wait timeout exceeded"),
                new QueryTimeoutException("Communications: statement cancelled after its timeout")}) {

            var response = problems.unavailable(error, request, Locale.forLanguageTag("ru"));

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody().getTitle()).isEqualTo("Повторите чуть позже");
            assertThat(response.getBody().getDetail()).startsWith("Портал сейчас перегружен")
                    .doesNotContain("Exception", "Lock wait", "Communications");
            assertThat(response.getBody().getInstance()).hasToString("/api/seminars/7/registrations");
        }
    }
}
