package org.npmportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.DirectoryService;
import org.npmportal.security.AppUser;
import org.npmportal.security.AppUserRepository;
import org.npmportal.security.Role;
import org.npmportal.security.UserAccountService;
import org.npmportal.support.MariaDb;
import org.npmportal.support.MariaDbPortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Flyway migrations run unchanged on a real MariaDB server, Hibernate validates the schema
 * against them, and Kazakh text survives the round trip through the MySQL driver.
 */
@MariaDbPortalTest
class MigrationsMariaDbIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    DirectoryService directory;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AppUserRepository users;

    @Test
    void the_portal_runs_on_mariadb_with_every_migration_applied() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductVersion()).containsIgnoringCase("mariadb");
        }
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 1", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void regions_keep_their_kazakh_names() {
        assertThat(directory.regions()).hasSize(20)
                .extracting(region -> region.name(Locale.forLanguageTag("kk")))
                .contains("Қарағанды облысы", "Маңғыстау облысы", "Түркістан облысы", "Ұлытау облысы");
    }

    @Test
    @WithUserDetails("admin")
    void a_staff_account_with_a_kazakh_name_round_trips() {
        var draft = new AppUser();
        draft.setUsername("aigul.mariadb");
        draft.setEmail("aigul.mariadb@example.kz");
        draft.setFullName("Айгүл Өмірзаққызы Ұлықбекова");
        draft.setPreferredLanguage(Language.KK);
        draft.setRoles(EnumSet.of(Role.COMMISSION, Role.ORGANISER));

        accounts.create(draft, "қасқыр-түнде-ұшады-7");

        var stored = users.findByUsername("aigul.mariadb").orElseThrow();
        assertThat(stored.getFullName()).isEqualTo("Айгүл Өмірзаққызы Ұлықбекова");
        assertThat(stored.getRoles()).containsExactlyInAnyOrder(Role.COMMISSION, Role.ORGANISER);
        assertThat(stored.getPreferredLanguage()).isEqualTo(Language.KK);
    }
}
