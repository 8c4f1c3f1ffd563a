package org.npmportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.tools.Server;

/**
 * An H2 database in a file of a temporary directory, served over TCP by H2's own server, as a database that
 * several portal instances share, or that a {@link TcpProxy} can cut off, would be.
 */
public final class H2TcpServer implements AutoCloseable {

    private final Server server;
    private final Path directory;

    private H2TcpServer(Server server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    public static H2TcpServer start() {
        try {
            Path directory = Files.createTempDirectory("npm-portal-h2-");
            Server server = Server.createTcpServer("-tcpPort", String.valueOf(PortalInstance.freePort()),
                    "-ifNotExists", "-baseDir", directory.toString()).start();
            return new H2TcpServer(server, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start H2's TCP server", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl() {
        return jdbcUrlThroughPort(port());
    }

    /** The same database reached through another local port (a {@link TcpProxy} in front of the server). */
    public String jdbcUrlThroughPort(int port) {
        return "jdbc:h2:tcp://127.0.0.1:" + port
                + "/./npm-portal;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    }

    @Override
    public void close() {
        server.stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
