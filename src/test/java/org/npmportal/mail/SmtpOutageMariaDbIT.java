package org.npmportal.mail;

import org.npmportal.support.MariaDb;
import org.npmportal.support.MariaDbPortalTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@MariaDbPortalTest
class SmtpOutageMariaDbIT extends SmtpOutageContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
        smtpProperties(registry);
    }
}
