package org.npmportal.base;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.npmportal.support.MariaDb;
import org.npmportal.support.MariaDbTestDatabase;
import org.npmportal.support.TcpProxy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outage on a fresh database of the real MariaDB server given by {@code -Dtest.mysql.url}, behind the proxy. */
@DatabaseOutageContract.OutagePortal
@EnabledIfSystemProperty(named = MariaDbTestDatabase.URL_PROPERTY, matches = ".+",
        disabledReason = "no MariaDB/MySQL server given with -Dtest.mysql.url")
class DatabaseOutageMariaDbIT extends DatabaseOutageContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var database = MariaDbTestDatabase.create();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        var server = database.serverAddress();
        proxy = TcpProxy.to(server.getHost(), server.getPort());
        registry.add("spring.datasource.url", () -> database.jdbcUrlThroughPort(proxy.port()));
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        MariaDb.productProperties().forEach((name, value) -> registry.add(name, () -> value));
    }
}
