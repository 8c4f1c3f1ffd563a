package org.npmportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole portal, with its demo data, on a fresh database of the real MariaDB/MySQL server given by
 * {@code -Dtest.mysql.url=...}; without it the class is skipped (and {@code .ci/run} fails on that).
 * Classes using it name themselves {@code *MariaDbIT} and add
 * {@code @DynamicPropertySource static void database(DynamicPropertyRegistry r) { MariaDb.register(r); }}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestClock.Config.class)
@ActiveProfiles({"test", "demo"})
@EnabledIfSystemProperty(named = MariaDbTestDatabase.URL_PROPERTY, matches = ".+",
        disabledReason = "no MariaDB/MySQL server given with -Dtest.mysql.url")
public @interface MariaDbPortalTest {
}
