package org.npmportal.mail;

import org.npmportal.support.PortalTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@PortalTest
class SmtpOutageTest extends SmtpOutageContract {

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        smtpProperties(registry);
    }
}
