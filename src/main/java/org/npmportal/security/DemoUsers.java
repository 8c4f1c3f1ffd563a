package org.npmportal.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.npmportal.base.DemoData;
import org.npmportal.base.i18n.Language;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo logins, one per role and three commission members, all with the password {@code demo}.
 * This class is the only place that password exists, and it is active in the demo profile only.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoUsers implements DemoData {

    static final String PASSWORD = "demo";

    private record DemoUser(String username, String fullName, Language language, Set<Role> roles) {
    }

    /** Fictional people; the source documents' real names are never used. */
    private static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Aigerim Demo-Admin", Language.EN, Set.of(Role.ADMIN)),
            new DemoUser("organiser", "Daniyar Organiser", Language.RU, Set.of(Role.ORGANISER)),
            new DemoUser("commission1", "Saule Commissioner", Language.KK, Set.of(Role.COMMISSION)),
            new DemoUser("commission2", "Timur Commissioner", Language.RU, Set.of(Role.COMMISSION)),
            new DemoUser("commission3", "Helen Commissioner", Language.EN, Set.of(Role.COMMISSION)),
            new DemoUser("finance", "Gulnara Finance", Language.RU, Set.of(Role.FINANCE)));

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoUsers(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The demo logins are what a visitor needs first, so they are there before the sign-in page answers. */
    @Override
    public boolean neededAtStart() {
        return true;
    }

    /**
     * One hash for all demo logins: BCrypt is slow on purpose, the password is public anyway, and six hashes
     * of it would keep the sign-in page waiting about half a second longer on a first start.
     */
    @Override
    public void load() {
        String hash = null;
        for (var demo : USERS) {
            if (users.existsByUsername(demo.username())) {
                continue;
            }
            if (hash == null) {
                hash = passwordEncoder.encode(PASSWORD);
            }
            var user = new AppUser();
            user.setUsername(demo.username());
            user.setEmail(demo.username() + "@demo.npm-portal.example");
            user.setFullName(demo.fullName());
            user.setPreferredLanguage(demo.language());
            user.setRoles(demo.roles());
            var now = clock.instant();
            user.setCreatedAt(now);
            user.setPassword(hash, now);
            users.save(user);
        }
    }

    @Override
    public List<String> startupNotes() {
        return List.of("Demo logins (password '" + PASSWORD + "'): "
                + String.join(", ", USERS.stream().map(DemoUser::username).toList()));
    }
}
