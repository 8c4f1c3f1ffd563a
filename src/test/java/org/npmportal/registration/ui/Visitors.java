package org.npmportal.registration.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npmportal.base.i18n.Language;
import org.npmportal.registration.RegistrationRequest;
import org.npmportal.registration.RegistrationStatus;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.api.TestSeminars;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the page tests share: seminars made as an organiser would make them, people who read their links
 * from the mail the portal wrote (the outbox), and the stored state read straight from the database.
 */
final class Visitors {

    private static final Pattern CONFIRM = Pattern.compile("/registration/confirm/([A-Za-z0-9_-]{43})");
    private static final Pattern CLAIM = Pattern.compile("/registration/claim/([A-Za-z0-9_-]{43})");
    private static final Pattern MANAGE = Pattern.compile("/registration/([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Each service call from a test comes from its own address, so that the rate limit never decides a test. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final SeminarService seminars;
    private final SecurityContextHolderStrategy security;
    private final UserDetailsService users;
    /** A domain of this test's own, so that no two tests share an address. */
    final String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.net";

    Visitors(JdbcTemplate jdbc, SeminarService seminars, SecurityContextHolderStrategy security,
            UserDetailsService users) {
        this.jdbc = jdbc;
        this.seminars = seminars;
        this.security = security;
        this.users = users;
    }

    String email(String localPart) {
        return localPart + "@" + domain;
    }

    /** A published two-day seminar in Shymkent, three weeks ahead, made by the demo organiser. */
    long seminar(String title, int capacity) {
        return asOrganiser(() -> {
            var draft = TestSeminars.draft(title, 21);
            draft.setCapacity(capacity);
            return TestSeminars.publish(seminars, draft);
        });
    }

    long seminarWithRegistrationClosed(String title) {
        return asOrganiser(() -> TestSeminars.publishedWithRegistrationClosed(seminars, title));
    }

    /** Runs setup that only staff may do, then returns to the test's own (anonymous) visitor. */
    private <T> T asOrganiser(Supplier<T> work) {
        var visitor = security.getContext();
        var organiser = users.loadUserByUsername("organiser");
        security.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(organiser, null,
                organiser.getAuthorities())));
        try {
            return work.get();
        } finally {
            security.setContext(visitor);
        }
    }

    static RegistrationRequest request(String name, String email, boolean listed) {
        return new RegistrationRequest(name, email, "Адам құқықтары жөніндегі ҮЕҰ", "Мониторинг маманы", null,
                Language.KK, null, true, listed, null, null);
    }

    static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "10.88." + n / 250 + "." + (n % 250 + 1);
    }

    /** An invitation as an organiser's "invite" would store it; returns the token of its link. */
    String invite(long seminarId, String email, String fullName, Language language) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = Instant.now();
        jdbc.update("insert into invitation (seminar_id, email, full_name, language, token_hash, created_at, "
                + "created_by, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)", seminarId, email, fullName,
                language.name(), sha256(token), Timestamp.from(now), "organiser",
                Timestamp.from(now.plus(Duration.ofDays(14))));
        return token;
    }

    String confirmToken(String recipient) {
        return token(CONFIRM, lastMail(recipient, "registration.confirm"));
    }

    String claimToken(String recipient) {
        return token(CLAIM, lastMail(recipient, "registration.offered"));
    }

    /** The management link of the newest mail of this purpose. */
    String manageToken(String recipient, String purpose) {
        return token(MANAGE, lastMail(recipient, purpose));
    }

    List<String> purposesOfMailTo(String recipient) {
        return jdbc.queryForList("select purpose from mail_outbox where recipient = ? order by id", String.class,
                recipient.toLowerCase(Locale.ROOT));
    }

    int registrations(long seminarId) {
        return jdbc.queryForObject("select count(*) from registration where seminar_id = ?", Integer.class, seminarId);
    }

    RegistrationStatus status(long seminarId, String email) {
        return RegistrationStatus.valueOf(jdbc.queryForObject(
                "select status from registration where seminar_id = ? and email = ?", String.class, seminarId,
                email.toLowerCase(Locale.ROOT)));
    }

    boolean registeredAsInvited(long seminarId, String email) {
        return jdbc.queryForObject("select invitation_id from registration where seminar_id = ? and email = ?",
                Long.class, seminarId, email.toLowerCase(Locale.ROOT)) != null;
    }

    private String lastMail(String recipient, String purpose) {
        List<String> bodies = jdbc.queryForList(
                "select body from mail_outbox where recipient = ? and purpose = ? order by id desc",
                String.class, recipient.toLowerCase(Locale.ROOT), purpose);
        if (bodies.isEmpty()) {
            throw new AssertionError("no mail '" + purpose + "' to " + recipient);
        }
        return bodies.getFirst();
    }

    private static String token(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no link " + pattern + " in the mail");
        }
        return matcher.group(1);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
