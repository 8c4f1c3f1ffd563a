package org.npmportal.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.npmportal.bench.BenchResults.Database;
import org.npmportal.support.MariaDbTestDatabase;
import org.npmportal.support.PortalProcess;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database a benchmark run measures. Without {@code DB_URL} it is the embedded H2; with
 * {@code DB_URL} (and {@code DB_USER}, {@code DB_PASSWORD}, as for the {@code mysql} profile; environment
 * variables or system properties) it is that MariaDB/MySQL server. Each scenario then gets its own new
 * database on that server, dropped when the run ends, so a run never measures or changes the data of the
 * database named in {@code DB_URL} itself; the user needs the right to create databases.
 */
final class BenchDatabase {

    private static MariaDbTestDatabase shared;

    private BenchDatabase() {
    }

    /** The database this run measures. */
    static Database kind() {
        return serverUrl().isPresent() ? Database.MYSQL : Database.H2;
    }

    /**
     * The database for a portal process: a new H2 file in {@code directory}, or a new database on the server.
     * A new MariaDB database is dropped when the JVM ends.
     */
    static PortalProcess.Database forProcess(Path directory) {
        if (serverUrl().isEmpty()) {
            return PortalProcess.Database.h2In(directory);
        }
        MariaDbTestDatabase database = newServerDatabase();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        return new PortalProcess.Database(database.jdbcUrl(), database.user(), database.password(), true);
    }

    /**
     * For in-process benches ({@code @PortalTest}): points the Spring context at one new database on the server,
     * shared by every in-process bench of the run; with H2 it leaves the test's in-memory H2 in place.
     */
    static synchronized void register(DynamicPropertyRegistry registry) {
        if (serverUrl().isEmpty()) {
            return;
        }
        if (shared == null) {
            shared = newServerDatabase();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        registry.add("spring.datasource.url", shared::jdbcUrl);
        registry.add("spring.datasource.username", shared::user);
        registry.add("spring.datasource.password", shared::password);
        registry.add("spring.jpa.properties.jakarta.persistence.database-product-name", () -> "MariaDB");
        registry.add("spring.jpa.properties.jakarta.persistence.database-major-version", () -> "10");
        registry.add("spring.jpa.properties.jakarta.persistence.database-minor-version", () -> "11");
    }

    private static MariaDbTestDatabase newServerDatabase() {
        return MariaDbTestDatabase.on(serverUrl().orElseThrow(), setting("DB_USER").orElse("root"),
                setting("DB_PASSWORD").orElse(""));
    }

    /** The server part of DB_URL: {@code jdbc:mysql://host:port/npm_portal?…} → {@code jdbc:mysql://host:port/}. */
    private static Optional<String> serverUrl() {
        return setting("DB_URL").map(url -> {
            if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
                throw new IllegalArgumentException("DB_URL must be a jdbc:mysql:// or jdbc:mariadb:// URL, not " + url);
            }
            URI server = URI.create(url.substring("jdbc:".length()));
            return "jdbc:mysql://" + server.getHost() + (server.getPort() > 0 ? ":" + server.getPort() : "") + "/";
        });
    }

    private static Optional<String> setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
