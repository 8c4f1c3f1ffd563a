package org.npmportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npmportal.support.PortalProcess;

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
        assertThat(PortalProcess.jar()).exists();

        try (PortalProcess first = PortalProcess.startAsIs(workDir)) {
            first.awaitOk("/login", START_TIMEOUT);
            assertThat(get(first.uri("/login"))).contains("VAADIN/build/");
            // The sign-in page can answer before the start has finished (deferred repositories); the banner
            // comes when it has.
            first.awaitLog("NPM Portal is running at", START_TIMEOUT);
            assertThat(first.log())
                    .contains("Vaadin is running in production mode")
                    .contains("NPM Portal is running at http://localhost:" + first.port() + "/")
                    .contains("Demo logins (password 'demo'): admin, organiser, commission1, commission2, "
                            + "commission3, finance")
                    .doesNotContain("vaadin-dev-server");
            first.stop(Duration.ofSeconds(30));
        }

        assertThat(workDir.resolve("data/npm-portal.mv.db")).exists();
        execute("INSERT INTO organisation (version, name, kind) VALUES (0, 'Added between starts', 'NGO')");

        String secondLog;
        try (PortalProcess second = PortalProcess.startAsIs(workDir)) {
            second.awaitOk("/login", START_TIMEOUT);
            second.awaitLog("Demo data loaded in the background", START_TIMEOUT);
            second.stop(Duration.ofSeconds(30));
            secondLog = second.log();
        }
        assertThat(count("SELECT COUNT(*) FROM app_user")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM seminar")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM selection_round")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM roster")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM monitoring_visit")).isEqualTo(276);
        assertThat(count("SELECT COUNT(*) FROM funding_grant")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM organisation WHERE name = 'Added between starts'")).isEqualTo(1);
        assertThat(secondLog).contains("is up to date. No migration necessary");
    }

    private static String get(URI uri) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
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
}
