package org.npmportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
class UserAccountServiceTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditLog auditLog;

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_an_account_that_is_stored_normalised_with_a_hashed_password_and_audited() {
        var created = accounts.create(draft("  Zhanna.K ", "Zhanna.K@Example.ORG", "Жанна Қасымова"),
                "tulip-river-lantern-9");

        var stored = users.findByUsername("zhanna.k").orElseThrow();
        assertThat(stored.getId()).isEqualTo(created.getId());
        assertThat(stored.getEmail()).isEqualTo("zhanna.k@example.org");
        assertThat(stored.getFullName()).isEqualTo("Жанна Қасымова");
        assertThat(stored.getRoles()).containsExactly(Role.ORGANISER);
        assertThat(stored.getPasswordHash()).doesNotContain("tulip").startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("tulip-river-lantern-9", stored.getPasswordHash())).isTrue();
        assertThat(auditLog.historyOf("user", stored.getId()))
                .extracting(event -> event.getAction() + " by " + event.getActor())
                .containsExactly("USER_CREATED by admin");
    }

    @Test
    @WithUserDetails("admin")
    void a_taken_username_and_a_weak_password_are_reported_together_and_nothing_is_stored() {
        long before = users.count();

        assertThatThrownBy(() -> accounts.create(draft("organiser", "someone.new@example.org", "New Person"),
                "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(new FieldProblem("username", "user.username.taken"),
                                new FieldProblem("password", "password.tooCommon")));
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void invalid_fields_are_named_with_their_message_keys() {
        var bad = draft("bad name!", "not-an-email", " ");
        bad.setRoles(EnumSet.noneOf(Role.class));

        assertThatThrownBy(() -> accounts.create(bad, "tulip-river-lantern-9"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .contains("user.username.pattern", "user.email.invalid", "user.fullName.required",
                                "user.roles.required"));
    }

    @Test
    @WithUserDetails("admin")
    void the_last_enabled_admin_cannot_lose_the_role_and_nothing_changes() {
        var admin = accounts.find(users.findByUsername("admin").orElseThrow().getId()).orElseThrow();
        admin.setRoles(EnumSet.of(Role.ORGANISER));

        assertThatThrownBy(() -> accounts.update(admin))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.lastAdmin"));
        assertThat(users.findByUsername("admin").orElseThrow().getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    @WithUserDetails("admin")
    void an_edit_based_on_an_old_version_is_refused() {
        var created = accounts.create(draft("version.check", "version.check@example.org", "Version Check"),
                "tulip-river-lantern-9");
        var first = accounts.find(created.getId()).orElseThrow();
        var second = accounts.find(created.getId()).orElseThrow();
        first.setFullName("First Edit");
        accounts.update(first);
        second.setFullName("Second Edit");

        assertThatThrownBy(() -> accounts.update(second))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.concurrentChange"));
        assertThat(users.findByUsername("version.check").orElseThrow().getFullName()).isEqualTo("First Edit");
    }

    @Test
    @WithUserDetails("admin")
    void a_disabled_account_can_no_longer_sign_in() {
        var created = accounts.create(draft("leaving.soon", "leaving.soon@example.org", "Leaving Soon"),
                "tulip-river-lantern-9");
        var edit = accounts.find(created.getId()).orElseThrow();
        edit.setEnabled(false);
        accounts.update(edit);

        assertThat(users.findByUsername("leaving.soon").orElseThrow().isEnabled()).isFalse();
        assertThat(accounts.list("leaving", PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(summary -> assertThat(summary.enabled()).isFalse());
    }

    @Test
    @WithUserDetails("finance")
    void a_user_changes_their_own_password_only_with_the_current_one() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "tulip-river-lantern-9"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("currentPassword", "account.password.currentWrong")));

        accounts.changeOwnPassword("demo", "tulip-river-lantern-9");

        var stored = users.findByUsername("finance").orElseThrow();
        assertThat(passwordEncoder.matches("tulip-river-lantern-9", stored.getPasswordHash())).isTrue();
        stored.setPassword(passwordEncoder.encode("demo"), stored.getPasswordChangedAt());
        users.save(stored);
    }

    @Test
    @WithUserDetails("commission2")
    void the_account_page_refuses_a_common_new_password_and_the_old_one_keeps_working() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("demo", "unbelievable"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("newPassword", "password.tooCommon")));

        var stored = users.findByUsername("commission2").orElseThrow();
        assertThat(passwordEncoder.matches("demo", stored.getPasswordHash())).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_cannot_reset_a_password_to_a_common_one() {
        long id = users.findByUsername("commission3").orElseThrow().getId();

        assertThatThrownBy(() -> accounts.resetPassword(id, "sonyericsson"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("password", "password.tooCommon")));
        assertThat(passwordEncoder.matches("demo", users.findByUsername("commission3").orElseThrow()
                .getPasswordHash())).isTrue();
    }

    @Test
    @WithUserDetails("organiser")
    void only_admins_may_list_or_create_accounts() {
        assertThatThrownBy(() -> accounts.list("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.create(draft("sneaky", "sneaky@example.org", "Sneaky"),
                "tulip-river-lantern-9"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(users.existsByUsername("sneaky")).isFalse();
    }

    private static AppUser draft(String username, String email, String fullName) {
        var user = new AppUser();
        user.setUsername(username);
        user.setEmail(email);
        user.setFullName(fullName);
        user.setPreferredLanguage(Language.KK);
        user.setRoles(EnumSet.of(Role.ORGANISER));
        return user;
    }
}
