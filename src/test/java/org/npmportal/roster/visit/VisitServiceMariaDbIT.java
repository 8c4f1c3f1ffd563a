package org.npmportal.roster.visit;

import org.npmportal.support.MariaDb;
import org.npmportal.support.MariaDbPortalTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@MariaDbPortalTest
class VisitServiceMariaDbIT extends VisitServiceContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
