package org.npmportal.registration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.i18n.Messages;
import org.npmportal.mail.MailMessage;
import org.npmportal.mail.MailOutbox;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarFormat;
import org.npmportal.seminar.api.SeminarCalendarWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the participants' mail, in each participant's language, to the outbox of the current
 * transaction. Every mail names the seminar, its dates in the venue's time zone, the place (the
 * meeting link only for those with a seat) and the registration's status, and ends with the
 * participant's own link to see or cancel the registration.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RegistrationMails {

    /** Mail purposes are this prefix and the kind of mail, such as {@code registration.seated}. */
    static final String PURPOSE = "registration.";
    static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final MailOutbox outbox;
    private final Messages messages;
    private final RegistrationLinks links;
    private final SeminarCalendarWriter calendar;

    RegistrationMails(MailOutbox outbox, Messages messages, RegistrationLinks links, SeminarCalendarWriter calendar) {
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
        this.calendar = calendar;
    }

    /** The first mail: the confirmation link. */
    void confirmAddress(Registration r, String confirmToken, String manageToken) {
        send(r, "confirm", manageToken, false, links.confirm(confirmToken), when(r.getConfirmBy(), r));
    }

    /** Someone registered again with this address: the current status and fresh links, nothing else. */
    void currentStatus(Registration r, String confirmToken, String manageToken, int placeInQueue) {
        String action = confirmToken == null ? "" : text(r, "registration.mail.status.confirmAgain",
                links.confirm(confirmToken));
        send(r, "status", manageToken, r.getStatus() == RegistrationStatus.CONFIRMED,
                statusLine(r, placeInQueue), action);
    }

    void seated(Registration r, String manageToken) {
        send(r, "seated", manageToken, true);
    }

    void waitlisted(Registration r, String manageToken, int placeInQueue) {
        send(r, "waitlisted", manageToken, false, String.valueOf(placeInQueue));
    }

    void awaitingApproval(Registration r, String manageToken) {
        send(r, "awaitingApproval", manageToken, false);
    }

    void offered(Registration r, String claimToken, String manageToken) {
        send(r, "offered", manageToken, false, links.claim(claimToken), when(r.getOfferExpiresAt(), r));
    }

    void offerExpired(Registration r, String manageToken) {
        send(r, "offerExpired", manageToken, false);
    }

    void cancelled(Registration r, String manageToken) {
        String key = r.getEndedBy() == EndedBy.ORGANISER ? "cancelledByOrganiser" : "cancelled";
        send(r, key, manageToken, false, message(r));
    }

    void rejected(Registration r, String manageToken) {
        send(r, "rejected", manageToken, false, message(r));
    }

    void reminder(Registration r, String manageToken, int daysBefore) {
        send(r, "reminder", manageToken, true, Integer.valueOf(daysBefore));
    }

    void seminarCancelled(Registration r, String manageToken, String reason) {
        send(r, "seminarCancelled", manageToken, false, reason);
    }

    void organiserMessage(Registration r, String manageToken, String subject, String body) {
        var mail = new MailMessage(PURPOSE + "organiserMessage", r.getId(), r.getEmail(), r.getLanguage(),
                subject, body + "\n\n-- \n" + seminarBlock(r, r.getStatus() == RegistrationStatus.CONFIRMED)
                        + "\n" + footer(r, manageToken));
        outbox.enqueue(mail);
    }

    void certificate(Registration r, String manageToken, byte[] pdf) {
        var attachment = new MailMessage.Attachment(certificateFileName(r), "application/pdf", pdf);
        send(r, "certificate", manageToken, false, List.of(attachment), links.certificate(manageToken));
    }

    static String certificateFileName(Registration r) {
        return "certificate-" + r.getCertificateNumber() + ".pdf";
    }

    private void send(Registration r, String kind, String manageToken, boolean withCalendar, Object... args) {
        send(r, kind, manageToken, withCalendar, List.of(), args);
    }

    private void send(Registration r, String kind, String manageToken, boolean withCalendar,
            List<MailMessage.Attachment> extra, Object... args) {
        boolean hasSeat = r.getStatus() == RegistrationStatus.CONFIRMED;
        String subject = text(r, "registration.mail." + kind + ".subject", r.getSeminar().getTitle());
        Object[] bodyArgs = Stream.concat(Stream.of(r.getFullName()), Stream.of(args)).toArray();
        String body = text(r, "registration.mail." + kind + ".body", bodyArgs)
                + "\n\n" + seminarBlock(r, hasSeat) + "\n" + footer(r, manageToken);
        List<MailMessage.Attachment> attachments = new ArrayList<>(extra);
        if (withCalendar) {
            calendarFile(r).ifPresent(attachments::add);
        }
        outbox.enqueue(new MailMessage(PURPOSE + kind, r.getId(), r.getEmail(), r.getLanguage(), subject,
                body, attachments));
    }

    private java.util.Optional<MailMessage.Attachment> calendarFile(Registration r) {
        Seminar seminar = r.getSeminar();
        if (!seminar.getStatus().isPublic() || seminar.getStartsAt() == null) {
            return java.util.Optional.empty();
        }
        String text = calendar.write(seminar);
        return java.util.Optional.of(new MailMessage.Attachment("seminar-" + seminar.getId() + ".ics", CALENDAR_TYPE,
                text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Title, dates, place and (for those with a seat) the meeting link. */
    String seminarBlock(Registration r, boolean hasSeat) {
        Seminar s = r.getSeminar();
        List<String> lines = new ArrayList<>();
        lines.add(text(r, "registration.mail.block.seminar", s.getTitle()));
        lines.add(text(r, "registration.mail.block.when", span(s, r.getLanguage())));
        String place = Stream.of(s.getVenueName(), s.getVenueAddress(), s.getCity()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        if (!place.isEmpty() && s.getFormat() != SeminarFormat.ONLINE) {
            lines.add(text(r, "registration.mail.block.where", place));
        }
        if (s.getFormat().needsMeetingLink()) {
            lines.add(hasSeat && s.getMeetingUrl() != null
                    ? text(r, "registration.mail.block.meetingLink", s.getMeetingUrl())
                    : text(r, "registration.mail.block.meetingLinkLater"));
        }
        lines.add(text(r, "registration.mail.block.page", links.seminarPage(s.getId())));
        return String.join("\n", lines);
    }

    private String footer(Registration r, String manageToken) {
        return text(r, "registration.mail.footer", links.manage(manageToken));
    }

    String statusLine(Registration r, int placeInQueue) {
        return r.getStatus() == RegistrationStatus.WAITLISTED
                ? text(r, "registration.status.line.WAITLISTED", placeInQueue)
                : text(r, "registration.status.line." + r.getStatus().name());
    }

    private String message(Registration r) {
        return r.getDecisionMessage() == null ? "" : "\n\n" + r.getDecisionMessage();
    }

    private String text(Registration r, String key, Object... args) {
        return messages.get(r.getLanguage(), key, args);
    }

    /** "19 November 2013, 09:00 – 20 November 2013, 17:30 (Asia/Almaty, UTC+06:00)" in the participant's language. */
    static String span(Seminar s, Language language) {
        ZoneId zone = s.zone();
        ZonedDateTime start = s.getStartsAt().atZone(zone);
        ZonedDateTime end = s.getEndsAt().atZone(zone);
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        var time = DateTimeFormatter.ofPattern("HH:mm");
        String from = date.format(start) + ", " + time.format(start);
        String to = start.toLocalDate().equals(end.toLocalDate())
                ? time.format(end) : date.format(end) + ", " + time.format(end);
        return from + " – " + to + " (" + zone.getId() + ", UTC" + start.getOffset().getId().replace("Z", "+00:00") + ")";
    }

    /** A moment such as a deadline, in the seminar's time zone. */
    private static String when(Instant instant, Registration r) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(r.getSeminar().zone());
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(r.getLanguage().locale()).format(at)
                + ", " + DateTimeFormatter.ofPattern("HH:mm").format(at) + " (" + at.getZone().getId() + ")";
    }
}
