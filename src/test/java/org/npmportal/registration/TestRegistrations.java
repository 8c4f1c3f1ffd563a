package org.npmportal.registration;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npmportal.base.i18n.Language;
import org.npmportal.seminar.SeminarService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People registering for seminars the way participants do (the form, then the link in their mail),
 * for the organisers' tests in this package and in {@code registration.ui}. Call as a signed-in organiser.
 */
public final class TestRegistrations {

    private static final Pattern CONFIRM = Pattern.compile("/registration/confirm/([A-Za-z0-9_-]{43})");
    /** Each registration comes from an address of its own, so that the per-address rate limit never bites. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final RegistrationService service;
    private final JdbcTemplate jdbc;
    private final String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";

    public TestRegistrations(RegistrationService service, JdbcTemplate jdbc) {
        this.service = service;
        this.jdbc = jdbc;
    }

    /** A published two-day seminar starting in 30 days. */
    public static long seminar(SeminarService seminars, String title, int capacity, boolean approval) {
        return Participants.seminar(seminars, title + " " + UUID.randomUUID(), capacity, approval, 30);
    }

    /** An address at this fixture's own domain, so that tests never meet each other's people. */
    public String email(String localPart) {
        return localPart + "@" + domain;
    }

    /** Registers and leaves the address unconfirmed; returns the address. */
    public String register(long seminarId, String name, String localPart, String organisation, String regionCode) {
        String email = email(localPart);
        int n = ADDRESSES.incrementAndGet();
        service.register(seminarId, new RegistrationRequest(name, email, organisation, "Маман", regionCode,
                Language.KK, null, true, false, null, null), "10.9." + (n / 250 % 250) + "." + (n % 250));
        return email;
    }

    /** Registers and confirms the address: a seat, a waitlist place or a wait for approval follows. */
    public String confirmed(long seminarId, String name, String localPart, String organisation, String regionCode) {
        String email = register(seminarId, name, localPart, organisation, regionCode);
        service.confirm(token(CONFIRM, lastMail(email, "registration.confirm")));
        return email;
    }

    public String confirmed(long seminarId, String name, String localPart) {
        return confirmed(seminarId, name, localPart, "Адам құқықтары бюросы", null);
    }

    public long idOf(long seminarId, String email) {
        return jdbc.queryForObject("select id from registration where seminar_id = ? and email = ?", Long.class,
                seminarId, email.toLowerCase(Locale.ROOT));
    }

    public String statusOf(long seminarId, String email) {
        return jdbc.queryForObject("select status from registration where seminar_id = ? and email = ?",
                String.class, seminarId, email.toLowerCase(Locale.ROOT));
    }

    /** The newest mail with this purpose to this address. */
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

    static String token(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no link " + pattern + " in: " + body);
        }
        return matcher.group(1);
    }
}
