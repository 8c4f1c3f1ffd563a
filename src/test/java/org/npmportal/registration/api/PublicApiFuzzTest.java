package org.npmportal.registration.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The public API's properties on H2, in the same portal as the other API tests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class PublicApiFuzzTest extends PublicApiFuzzContract {
}
