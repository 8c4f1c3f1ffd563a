package org.npmportal.registration;

import org.npmportal.support.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@Import(TestClock.Config.class)
@ActiveProfiles({"test", "demo"})
class RegistrationMailTest extends RegistrationMailContract {

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        smtpProperties(registry);
    }
}
