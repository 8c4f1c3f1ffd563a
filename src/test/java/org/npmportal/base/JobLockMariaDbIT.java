package org.npmportal.base;

import org.npmportal.support.MariaDb;
import org.npmportal.support.MariaDbPortalTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@MariaDbPortalTest
class JobLockMariaDbIT extends JobLockContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
