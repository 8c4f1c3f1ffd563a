package org.npmportal.security;

import java.time.Clock;
import java.util.EnumSet;
import org.npmportal.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside the demo profile, makes sure an administrator exists before the portal accepts requests.
 * The first one comes from {@code PORTAL_ADMIN_EMAIL} and {@code PORTAL_ADMIN_PASSWORD}; the portal
 * refuses to start when neither an administrator nor an acceptable password is there, because an
 * installation nobody can administer, or one with a guessable admin password, is worse than none.
 */
@Component
@Profile("!demo")
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String email;
    private final String password;
    private final String username;

    AdminBootstrap(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AuditLog auditLog, TransactionTemplate transactions, Clock clock,
            @Value("${portal.admin.email:}") String email,
            @Value("${portal.admin.password:}") String password,
            @Value("${portal.admin.username:admin}") String username) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
        this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        this.password = password;
        this.username = username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(status -> {
            if (users.existsEnabledWithRole(Role.ADMIN)) {
                return;
            }
            if (email.isEmpty()) {
                throw new IllegalStateException("No administrator exists yet. Set PORTAL_ADMIN_EMAIL and "
                        + "PORTAL_ADMIN_PASSWORD to create the first one, or start with the demo profile.");
            }
            passwordPolicy.problem(password, username, email).ifPresent(problem -> {
                throw new IllegalStateException("PORTAL_ADMIN_PASSWORD is missing or too weak (" + problem
                        + "): use at least " + PasswordPolicy.MIN_LENGTH
                        + " characters that are not a common password and do not contain the user name.");
            });
            if (users.existsByUsername(username) || users.existsByEmail(email)) {
                throw new IllegalStateException("An account named '" + username + "' or with email " + email
                        + " exists but is not an enabled administrator; fix it in the database or choose "
                        + "PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_EMAIL that are not taken.");
            }
            var admin = new AppUser();
            admin.setUsername(username);
            admin.setEmail(email);
            admin.setFullName("Administrator");
            admin.setRoles(EnumSet.of(Role.ADMIN));
            var now = clock.instant();
            admin.setCreatedAt(now);
            admin.setPassword(passwordEncoder.encode(password), now);
            users.save(admin);
            auditLog.record("USER_CREATED", "user", admin.getId(), "first administrator from PORTAL_ADMIN_EMAIL");
            log.info("Created the first administrator '{}' ({})", username, email);
        });
    }
}
