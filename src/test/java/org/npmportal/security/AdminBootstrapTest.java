package org.npmportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.npmportal.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Outside the demo profile there are no demo users, and the first administrator comes only from
 * PORTAL_ADMIN_EMAIL / PORTAL_ADMIN_PASSWORD; the portal refuses to start without an acceptable one.
 */
class AdminBootstrapTest {

    @Test
    void without_demo_data_and_without_an_admin_password_the_portal_refuses_to_start() {
        assertThatThrownBy(() -> start())
                .hasStackTraceContaining("No administrator exists yet. Set PORTAL_ADMIN_EMAIL");
    }

    @Test
    void a_common_admin_password_is_refused_at_start_even_when_it_is_long_enough() {
        assertThatThrownBy(() -> start("--portal.admin.email=root@example.org",
                "--portal.admin.password=administrator"))
                .hasStackTraceContaining("PORTAL_ADMIN_PASSWORD is missing or too weak");
    }

    @Test
    void a_strong_admin_password_creates_the_first_admin_and_no_demo_user() {
        try (var context = start("--portal.admin.email=Chief@Example.org",
                "--portal.admin.password=lantern-tulip-river-93")) {
            var users = context.getBean(AppUserRepository.class);
            var admin = users.findByUsername("admin").orElseThrow();
            assertThat(admin.getEmail()).isEqualTo("chief@example.org");
            assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
            assertThat(context.getBean(PasswordEncoder.class).matches("lantern-tulip-river-93", admin.getPasswordHash()))
                    .isTrue();
            assertThat(users.count()).isEqualTo(1);
            assertThat(users.existsByUsername("organiser")).isFalse();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        var application = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("spring.datasource.url=jdbc:h2:mem:bootstrap-" + UUID.randomUUID() + ";MODE=MySQL;"
                                + "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
                .build();
        return application.run(args);
    }
}
