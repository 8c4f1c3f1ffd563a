package org.npmportal.registration.api;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.npmportal.support.MariaDb;
import org.npmportal.support.MariaDbTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The public API's properties on MariaDB, whose utf8mb4 columns must keep emoji and other characters
 * beyond the Basic Multilingual Plane; over real HTTP, so with a web server and a context of its own. That
 * context is closed after the class and keeps few connections, because the other MariaDB tests share the
 * server's connection limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.maximum-pool-size=4")
@DirtiesContext
@ActiveProfiles({"test", "demo"})
@EnabledIfSystemProperty(named = MariaDbTestDatabase.URL_PROPERTY, matches = ".+",
        disabledReason = "no MariaDB/MySQL server given with -Dtest.mysql.url")
class PublicApiFuzzMariaDbIT extends PublicApiFuzzContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }
}
