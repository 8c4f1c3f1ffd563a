package org.npmportal.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A throw-away database on the real MariaDB/MySQL server named by the system properties
 * {@code test.mysql.url} (for example {@code jdbc:mysql://127.0.0.1:3306/}), {@code test.mysql.user}
 * and {@code test.mysql.password}. Test classes that use it are enabled only when the URL is set;
 * {@code .ci/run} sets it and fails when those tests did not run.
 */
public final class MariaDbTestDatabase implements AutoCloseable {

    public static final String URL_PROPERTY = "test.mysql.url";

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;

    private MariaDbTestDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
        this.name = "npm_portal_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static MariaDbTestDatabase create() {
        String url = System.getProperty(URL_PROPERTY, "");
        if (url.isBlank()) {
            throw new IllegalStateException(URL_PROPERTY + " is not set");
        }
        return on(url.strip(), System.getProperty("test.mysql.user", "root"),
                System.getProperty("test.mysql.password", ""));
    }

    /** A new database on the server of {@code serverUrl} (for example {@code jdbc:mysql://127.0.0.1:3306/}). */
    public static MariaDbTestDatabase on(String serverUrl, String user, String password) {
        var database = new MariaDbTestDatabase(serverUrl, user, password);
        database.execute("CREATE DATABASE " + database.name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return database;
    }

    public String jdbcUrl() {
        return serverUrl + name + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
    }

    /** The same database reached through another local port (a {@link TcpProxy} in front of the server). */
    public String jdbcUrlThroughPort(int port) {
        return jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
    }

    /** The server's host and port, for a {@link TcpProxy} to forward to. */
    public URI serverAddress() {
        return URI.create(serverUrl.substring("jdbc:".length()));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + serverUrl + " as " + user, e);
        }
    }
}
