package org.npmportal.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.npmportal.base.Texts;
import org.npmportal.base.i18n.Language;
import org.npmportal.registration.RegistrationRequest;

/**
 * A member's details as an organiser types them. Name and address follow the registration form's rules,
 * so that a member can always be invited to a seminar.
 *
 * @param role    the role a new member starts in; ignored when editing (roles change through a dated change)
 * @param endsOn  the last day on the team, or null for "until the roster ends"
 */
public record MemberDetails(
        @NotBlank(message = "{roster.member.fullName.required}")
        @Size(max = RosterMember.NAME_MAX, message = "{roster.member.fullName.size}")
        @Pattern(regexp = RegistrationRequest.NAME_PATTERN, message = "{roster.member.fullName.invalid}")
        String fullName,

        @NotBlank(message = "{roster.member.email.required}")
        @Size(max = RosterMember.EMAIL_MAX, message = "{roster.member.email.size}")
        @Pattern(regexp = RegistrationRequest.EMAIL_PATTERN, message = "{roster.member.email.invalid}")
        String email,

        @Size(max = RosterMember.PHONE_MAX, message = "{roster.member.phone.invalid}")
        @Pattern(regexp = PHONE_PATTERN, message = "{roster.member.phone.invalid}")
        String phone,

        @Size(max = RosterMember.ORGANISATION_MAX, message = "{roster.member.organisation.size}")
        @Pattern(regexp = RegistrationRequest.SINGLE_LINE, message = "{roster.text.controlCharacters}")
        String organisation,

        @NotNull(message = "{roster.member.region.required}")
        Long regionId,

        @NotNull(message = "{roster.member.role.required}")
        MemberRole role,

        Language language,

        @NotNull(message = "{roster.member.startsOn.required}")
        LocalDate startsOn,

        LocalDate endsOn,

        boolean shareContacts) {

    /** Digits with an optional leading plus, spaces, hyphens and brackets; at least five characters. */
    static final String PHONE_PATTERN = "^\\+?[0-9 ()\\-]{5,39}$";

    /** Trimmed, empty texts as null, the name in Unicode NFC and the address in lower case. */
    public MemberDetails normalised() {
        return new MemberDetails(nfc(fullName), email == null ? null : email.strip().toLowerCase(Locale.ROOT),
                Texts.blankToNull(phone), nfc(organisation), regionId, role, language, startsOn, endsOn,
                shareContacts);
    }

    private static String nfc(String text) {
        String value = Texts.blankToNull(text);
        return value == null ? null : Normalizer.normalize(value.replaceAll(" {2,}", " "), Normalizer.Form.NFC);
    }
}
