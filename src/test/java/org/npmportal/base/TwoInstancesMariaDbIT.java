package org.npmportal.base;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.npmportal.support.MariaDb;
import org.npmportal.support.MariaDbTestDatabase;

/** Two instances on one fresh database of the real MariaDB server given by {@code -Dtest.mysql.url}. */
@EnabledIfSystemProperty(named = MariaDbTestDatabase.URL_PROPERTY, matches = ".+",
        disabledReason = "no MariaDB/MySQL server given with -Dtest.mysql.url")
class TwoInstancesMariaDbIT extends TwoInstancesContract {

    private MariaDbTestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = MariaDbTestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Override
    Map<String, String> database() {
        Map<String, String> properties = new HashMap<>(MariaDb.productProperties());
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.user());
        properties.put("spring.datasource.password", database.password());
        return properties;
    }
}
