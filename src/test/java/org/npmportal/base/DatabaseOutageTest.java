package org.npmportal.base;

import org.npmportal.support.H2TcpServer;
import org.npmportal.support.TcpProxy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outage on H2 in a file, served over TCP by H2's own server behind the proxy. */
@DatabaseOutageContract.OutagePortal
class DatabaseOutageTest extends DatabaseOutageContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var h2 = H2TcpServer.start();
        // Stopped with the JVM: the portal's context, closed after this class, still uses it while closing.
        Runtime.getRuntime().addShutdownHook(new Thread(h2::close));
        proxy = TcpProxy.to("127.0.0.1", h2.port());
        registry.add("spring.datasource.url", () -> h2.jdbcUrlThroughPort(proxy.port()));
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }
}
