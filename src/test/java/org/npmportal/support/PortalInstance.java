package org.npmportal.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.npmportal.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One whole portal started by a test as a separate instance (its own Spring context, web server on a free
 * port, scheduler and mail dispatcher) with the {@code test} and {@code demo} profiles and a
 * {@link TestClock}. The given properties win over every properties file, so tests can point several
 * instances at one database and one SMTP server.
 */
public final class PortalInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private PortalInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static PortalInstance start(Map<String, String> properties) {
        List<String> arguments = new ArrayList<>();
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new PortalInstance(new SpringApplicationBuilder(Application.class, TestClock.Config.class)
                .profiles("test", "demo")
                .run(arguments.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public TestClock clock() {
        return bean(TestClock.class);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
