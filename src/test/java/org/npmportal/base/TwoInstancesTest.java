package org.npmportal.base;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.npmportal.support.H2TcpServer;

/** Two instances on one H2 database in a file, served over TCP by H2's own server. */
class TwoInstancesTest extends TwoInstancesContract {

    private H2TcpServer h2;

    @BeforeEach
    void startDatabaseServer() {
        h2 = H2TcpServer.start();
    }

    @AfterEach
    void stopDatabaseServer() {
        h2.close();
    }

    @Override
    Map<String, String> database() {
        return Map.of("spring.datasource.url", h2.jdbcUrl(),
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }
}
