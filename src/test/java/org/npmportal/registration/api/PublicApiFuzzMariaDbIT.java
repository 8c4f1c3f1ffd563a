package org.npmportal.registration.api;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.npmportal.support.MariaDb;
import org.npmportal.support.MariaDbTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The public API's properties on MariaDB, whose utf8mb4 columns must keep emoji and other characters
 * beyond the Basic Multilingual Plane; over real HTTP, so with a web server of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@EnabledIfSystemProperty(named = MariaDbTestDatabase.URL_PROPERTY, matches = ".+",
        disabledReason = "no MariaDB/MySQL server given with -Dtest.mysql.url")
class PublicApiFuzzMariaDbIT extends PublicApiFuzzContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
