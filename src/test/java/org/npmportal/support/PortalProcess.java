package org.npmportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The production jar ({@code target/npm-portal.jar}, or {@code -Dportal.jar}) running as a child process, as
 * an operator would run it: its own working directory, log file and free ports, and either a new H2 file in
 * that directory (the embedded default) or the database given. Used by the start-up, storm and crash runs.
 */
public final class PortalProcess implements AutoCloseable {

    /** A database for the portal to use; {@link #h2In} is the embedded default. */
    public record Database(String jdbcUrl, String user, String password, boolean mysql) {

        public static Database h2In(Path directory) {
            return new Database("jdbc:h2:file:" + directory.resolve("db").toAbsolutePath()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0;"
                    + "QUERY_CACHE_SIZE=128;DB_CLOSE_ON_EXIT=FALSE", "sa", "", false);
        }

        /**
         * The same H2 file in H2's server mode, so that a test or bench in another process can read and write
         * it while the portal runs. H2 does not allow that together with DB_CLOSE_ON_EXIT=FALSE, which only
         * matters for the background demo data that storm and crash runs do not load.
         */
        public Database sharedWithOtherProcesses() {
            if (mysql) {
                return this;
            }
            return new Database(jdbcUrl.replace(";DB_CLOSE_ON_EXIT=FALSE", "") + ";AUTO_SERVER=TRUE", user, password,
                    false);
        }

        List<String> arguments() {
            List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
            if (mysql) {
                // As in the MariaDB tests: name the real product so that Hibernate picks the MariaDB dialect.
                arguments.addAll(List.of("--spring.jpa.properties.jakarta.persistence.database-product-name=MariaDB",
                        "--spring.jpa.properties.jakarta.persistence.database-major-version=10",
                        "--spring.jpa.properties.jakarta.persistence.database-minor-version=11"));
            }
            return arguments;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final int port;
    private final Path directory;

    private PortalProcess(Process process, int port, Path directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
    }

    public static Path jar() {
        return Path.of(System.getProperty("portal.jar", "target/npm-portal.jar")).toAbsolutePath();
    }

    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Starts {@code java <jvmAndJar...> --server.port=... <database> <arguments...>} in {@code directory}
     * (created if needed), with output to {@code directory/portal.log}. Returns at once; see {@link #awaitOk}.
     *
     * @param jvmAndJar JVM options and the jar to run, e.g. {@code List.of("-jar", jar().toString())}
     */
    public static PortalProcess start(List<String> jvmAndJar, Path directory, Database database,
            List<String> arguments) {
        List<String> all = new ArrayList<>(database.arguments());
        all.addAll(arguments);
        return launch(jvmAndJar, directory, all);
    }

    /**
     * Starts the jar as a user does, with nothing said about the database: the portal then uses its embedded
     * default, H2 in {@code directory/data}. Only the ports are chosen, so that runs do not collide.
     */
    public static PortalProcess startAsIs(Path directory) {
        return launch(List.of("-jar", jar().toString()), directory, List.of());
    }

    private static PortalProcess launch(List<String> jvmAndJar, Path directory, List<String> arguments) {
        try {
            Files.createDirectories(directory);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(java().toString());
            command.addAll(jvmAndJar);
            command.add("--server.port=" + port);
            command.add("--portal.mail.embedded.port=" + freePort());
            command.addAll(arguments);
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("portal.log").toFile())
                    .start();
            return new PortalProcess(process, port, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code path} answers 200; fails with the portal's log if it exits or takes too long. */
    public void awaitOk(String path, Duration timeout) throws InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal exited during start:\n" + log());
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no 200 on " + path + " within " + timeout + ":\n" + log());
    }

    /** Waits until the portal's log holds {@code text}; fails with the log if it exits or takes too long. */
    public void awaitLog(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("no \"" + text + "\" in the log within " + timeout + ":\n" + log());
            }
            Thread.sleep(200);
        }
    }

    /** Asks the portal to shut down (SIGTERM) and waits, then kills it if it takes longer than {@code patience}. */
    public void stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Kills the portal at once (SIGKILL): no shutdown hooks, no graceful stop, as a power cut would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String log() {
        try {
            return Files.readString(directory.resolve("portal.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(30));
        }
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
