package org.npmportal;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.npmportal.support.MariaDbTestDatabase;
import org.npmportal.support.PortalProcess;

/** {@link CrashRecoveryContract} on a throw-away database of the MariaDB server given with -Dtest.mysql.url. */
@EnabledIfSystemProperty(named = MariaDbTestDatabase.URL_PROPERTY, matches = ".+",
        disabledReason = "no MariaDB/MySQL server given with -Dtest.mysql.url")
class CrashRecoveryMariaDbIT extends CrashRecoveryContract {

    private MariaDbTestDatabase database;

    @Override
    PortalProcess.Database database(Path dir) {
        database = MariaDbTestDatabase.create();
        return new PortalProcess.Database(database.jdbcUrl(), database.user(), database.password(), true);
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
