package org.npmportal.base;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.npmportal.support.PortalInstance;

/** Two instances on one H2 database, served over TCP by H2's own server as a shared database would be. */
class TwoInstancesTest extends TwoInstancesContract {

    private Server h2;

    @BeforeEach
    void startDatabaseServer() throws SQLException {
        h2 = Server.createTcpServer("-tcpPort", String.valueOf(PortalInstance.freePort()), "-ifNotExists").start();
    }

    @AfterEach
    void stopDatabaseServer() {
        h2.stop();
    }

    @Override
    Map<String, String> database() {
        return Map.of("spring.datasource.url", "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:two-instances-"
                + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                + "DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }
}
