package org.npmportal.support;

import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One throw-away database per test JVM on the real server, shared by the *MariaDbIT classes. */
public final class MariaDb {

    private static MariaDbTestDatabase database;

    private MariaDb() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (database == null) {
            database = MariaDbTestDatabase.create();
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        }
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        productProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * Through the MySQL driver MariaDB reports itself as "MySQL 5.5.5-10.11…": these properties state the real
     * product and version so that Hibernate picks the MariaDB dialect for the version the tests run against.
     */
    public static Map<String, String> productProperties() {
        return Map.of("spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB",
                "spring.jpa.properties.jakarta.persistence.database-major-version", "10",
                "spring.jpa.properties.jakarta.persistence.database-minor-version", "11");
    }
}
