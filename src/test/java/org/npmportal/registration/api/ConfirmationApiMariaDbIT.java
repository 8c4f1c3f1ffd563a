package org.npmportal.registration.api;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.npmportal.support.MariaDb;
import org.npmportal.support.MariaDbTestDatabase;
import org.npmportal.support.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ConfirmationApiContract} over HTTP on MariaDB; like every *MariaDbIT, only with {@code -Dtest.mysql.url}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Config.class)
@ActiveProfiles({"test", "demo"})
@EnabledIfSystemProperty(named = MariaDbTestDatabase.URL_PROPERTY, matches = ".+",
        disabledReason = "no MariaDB/MySQL server given with -Dtest.mysql.url")
class ConfirmationApiMariaDbIT extends ConfirmationApiContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
