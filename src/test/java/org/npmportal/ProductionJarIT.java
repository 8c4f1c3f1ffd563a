package org.npmportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar that {@code ./mvnw package} builds, the one the Docker image runs, starts with
 * {@code java -jar} on the embedded default: production-mode Vaadin, H2 in a file under ./data,
 * demo logins in the start-up log, and a second start keeps the data of the first. The first start is
 * stopped as soon as the sign-in page answers, usually while the rest of the demo data is still loading in
 * the background; the second start completes it.
 */
class ProductionJarIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path workDir;

    @Test
    void the_production_jar_starts_on_the_embedded_default_and_keeps_its_data_between_starts() throws Exception {
        Path jar = Path.of(System.getProperty("portal.jar", "target/npm-portal.jar")).toAbsolutePath();
        assertThat(jar).exists();

        Path firstLog = workDir.resolve("first.log");
        int port = freePort();
        Process first = start(jar, port, firstLog);
        try {
            String loginPage = waitForLoginPage(port, first, firstLog);
            assertThat(loginPage).contains("VAADIN/build/");
            // The sign-in page can answer before the start has finished (deferred repositories); the banner
            // comes when it has.
            waitForLogLine("NPM Portal is running at", first, firstLog);
            assertThat(Files.readString(firstLog))
                    .contains("Vaadin is running in production mode")
                    .contains("NPM Portal is running at http://localhost:" + port + "/")
                    .contains("Demo logins (password 'demo'): admin, organiser, commission1, commission2, "
                            + "commission3, finance")
                    .doesNotContain("vaadin-dev-server");
        } finally {
            stop(first);
        }

        assertThat(workDir.resolve("data/npm-portal.mv.db")).exists();
        execute("INSERT INTO organisation (version, name, kind) VALUES (0, 'Added between starts', 'NGO')");

        Path secondLog = workDir.resolve("second.log");
        Process second = start(jar, port, secondLog);
        try {
            waitForLoginPage(port, second, secondLog);
            waitForLogLine("Demo data loaded in the background", second, secondLog);
        } finally {
            stop(second);
        }
        assertThat(count("SELECT COUNT(*) FROM app_user")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM seminar")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM selection_round")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM roster")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM monitoring_visit")).isEqualTo(276);
        assertThat(count("SELECT COUNT(*) FROM funding_grant")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM organisation WHERE name = 'Added between starts'")).isEqualTo(1);
        assertThat(Files.readString(secondLog)).contains("is up to date. No migration necessary");
    }

    private Process start(Path jar, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--portal.mail.embedded.port=0"));
        return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static String waitForLoginPage(int port, Process process, Path log) throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The portal exited during start:\n" + Files.readString(log));
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No login page within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static void waitForLogLine(String line, Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(log).contains(line)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("No \"" + line + "\" in the log:\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private long count(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(h2Url(), "sa", "");
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(h2Url(), "sa", "")) {
            connection.createStatement().execute(sql);
        }
    }

    private String h2Url() {
        return "jdbc:h2:file:" + workDir.resolve("data/npm-portal") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
