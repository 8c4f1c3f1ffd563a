package org.npmportal.registration.api;

import org.npmportal.support.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Config.class)
@ActiveProfiles({"test", "demo"})
class ConfirmationApiTest extends ConfirmationApiContract {
}
