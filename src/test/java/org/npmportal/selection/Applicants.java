package org.npmportal.selection;

import org.npmportal.support.AtOnce;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npmportal.base.i18n.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the candidate tests share: people who apply from addresses of their own and read their links from the
 * mail the portal wrote (the outbox), staff acting for a moment, many people acting at once on real threads,
 * and the stored state read straight from the database.
 */
public final class Applicants {

    /** The smallest file that passes for a PDF: the signature and an end. */
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final Pattern CONFIRM = Pattern.compile("/apply/confirm/([A-Za-z0-9_-]{43})");
    /** Each application comes from its own IP address, so that the rate limit decides no test by accident. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy security;
    private final UserDetailsService users;
    /** A domain of this test's own, so that no two tests share an address. */
    public final String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";

    public Applicants(JdbcTemplate jdbc, SecurityContextHolderStrategy security, UserDetailsService users) {
        this.jdbc = jdbc;
        this.security = security;
        this.users = users;
    }

    public String email(String localPart) {
        return localPart + "@" + domain;
    }

    public static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) % 250 + "." + (n % 250 + 1);
    }

    public static long astana(JdbcTemplate jdbc) {
        return region(jdbc, "ASTANA");
    }

    public static long region(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    /** A complete application in Kazakh, with both consents. */
    public ApplicationRequest request(String name, String email) {
        return new ApplicationRequest(name, email, "+7 701 555 12 34", "Адам құқықтары жөніндегі ҮЕҰ", astana(jdbc),
                "қазақ, орыс", "Тергеу изоляторларына 12 бару", "Азаптауды болдырмау", Language.KK, true, true, null);
    }

    /** A candidate as an organiser types it in. */
    public Candidate candidate(String name, String email) {
        var candidate = new Candidate();
        candidate.setFullName(name);
        candidate.setEmail(email);
        candidate.setRegionId(astana(jdbc));
        candidate.setOrganisation("Коалиция НПО против пыток");
        candidate.setLanguage(Language.RU);
        return candidate;
    }

    /** Runs work as a demo staff user, then returns to the caller's own security context. */
    public <T> T as(String username, Supplier<T> work) {
        SecurityContext before = security.getContext();
        var user = users.loadUserByUsername(username);
        security.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities())));
        try {
            return work.get();
        } finally {
            security.setContext(before);
        }
    }

    public String lastMail(String recipient, String purpose) {
        List<String> bodies = jdbc.queryForList(
                "select body from mail_outbox where recipient = ? and purpose = ? order by id desc",
                String.class, recipient.toLowerCase(Locale.ROOT), purpose);
        if (bodies.isEmpty()) {
            throw new AssertionError("no mail '" + purpose + "' to " + recipient);
        }
        return bodies.getFirst();
    }

    public List<String> purposesOfMailTo(String recipient) {
        return jdbc.queryForList("select purpose from mail_outbox where recipient = ? order by id", String.class,
                recipient.toLowerCase(Locale.ROOT));
    }

    public String confirmToken(String recipient) {
        return token(lastMail(recipient, "selection.application.confirm"));
    }

    public static String token(String body) {
        Matcher matcher = CONFIRM.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no confirmation link in: " + body);
        }
        return matcher.group(1);
    }

    /** The stored candidate with this address in the round, as columns, or null. */
    public Map<String, Object> stored(long roundId, String email) {
        var rows = jdbc.queryForList("select * from selection_candidate where round_id = ? and email = ?", roundId,
                email.toLowerCase(Locale.ROOT));
        return rows.isEmpty() ? null : rows.getFirst();
    }

    public int candidates(long roundId) {
        return jdbc.queryForObject("select count(*) from selection_candidate where round_id = ?", Integer.class,
                roundId);
    }

    public List<String> codes(long roundId) {
        return jdbc.queryForList("select code from selection_candidate where round_id = ? order by code",
                String.class, roundId);
    }

    /** The audit details recorded for this action about this candidate, oldest first. */
    public List<String> audit(String action, long candidateId) {
        return jdbc.queryForList("select details from audit_event where action = ? and entity_id = ? order by id",
                String.class, action, candidateId);
    }

    /**
     * Runs the tasks at once on real threads, each as the given demo user, or as an anonymous visitor when the
     * username is null. Returns what each task returned or threw.
     */
    public List<Object> atOnce(String username, List<Callable<?>> tasks) throws Exception {
        var authentication = username == null
                ? new AnonymousAuthenticationToken("test", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                : authenticated(username);
        return AtOnce.run(tasks.stream()
                .map(task -> AtOnce.as(security, authentication, AtOnce.orFailure(task))).toList());
    }

    private UsernamePasswordAuthenticationToken authenticated(String username) {
        var user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
