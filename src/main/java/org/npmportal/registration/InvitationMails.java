package org.npmportal.registration;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes invitation mail, in the invited person's language, to the outbox of the current transaction.
 * The invitation's texts live in the organisers' bundle ({@code participants.mail.invitation.*}); the
 * seminar's lines reuse the participants' mail texts, so both kinds of mail describe a seminar alike.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class InvitationMails {

    static final String PURPOSE = RegistrationMails.PURPOSE + "invitation";

    private final MailOutbox outbox;
    private final Messages messages;
    private final RegistrationLinks links;

    InvitationMails(MailOutbox outbox, Messages messages, RegistrationLinks links) {
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
    }

    void invitation(Invitation invitation, Seminar seminar, String token) {
        Language language = invitation.getLanguage();
        String subject = messages.get(language, "participants.mail.invitation.subject", seminar.getTitle());
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .format(invitation.getExpiresAt().atZone(seminar.zone()));
        String body = messages.get(language, "participants.mail.invitation.body", invitation.getFullName(),
                links.invitation(token), until)
                + "\n\n" + seminarBlock(seminar, language)
                + "\n\n" + messages.get(language, "participants.mail.invitation.footer");
        outbox.enqueue(new MailMessage(PURPOSE, invitation.getId(), invitation.getEmail(), language, subject, body));
    }

    private String seminarBlock(Seminar s, Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(language, "registration.mail.block.seminar", s.getTitle()));
        lines.add(messages.get(language, "registration.mail.block.when", RegistrationMails.span(s, language)));
        String place = Stream.of(s.getVenueName(), s.getVenueAddress(), s.getCity()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        if (!place.isEmpty() && s.getFormat() != SeminarFormat.ONLINE) {
            lines.add(messages.get(language, "registration.mail.block.where", place));
        }
        lines.add(messages.get(language, "registration.mail.block.page", links.seminarPage(s.getId())));
        return String.join("\n", lines);
    }
}
