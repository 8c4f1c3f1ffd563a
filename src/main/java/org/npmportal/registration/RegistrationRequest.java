package org.npmportal.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Locale;
import org.npmportal.base.Texts;
import org.npmportal.base.i18n.Language;

/**
 * What a person types into the registration form or sends to the API. The same constraints serve the
 * form (through the binder) and the service, which checks them again for the API.
 *
 * @param regionCode    the code of the region the person works in, or null
 * @param website       a honeypot: hidden from people, filled in by robots
 * @param invitationToken the token of the invitation link the form was opened with, or null
 */
public record RegistrationRequest(
        @NotBlank(message = "{registration.fullName.required}")
        @Size(max = NAME_MAX, message = "{registration.fullName.size}")
        @Pattern(regexp = NAME_PATTERN, message = "{registration.fullName.invalid}")
        String fullName,

        @NotBlank(message = "{registration.email.required}")
        @Size(max = EMAIL_MAX, message = "{registration.email.size}")
        @Pattern(regexp = EMAIL_PATTERN, message = "{registration.email.invalid}")
        String email,

        @Size(max = ORGANISATION_MAX, message = "{registration.organisation.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{registration.text.controlCharacters}")
        String organisation,

        @Size(max = POSITION_MAX, message = "{registration.position.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{registration.text.controlCharacters}")
        String position,

        @Size(max = 16, message = "{registration.region.unknown}")
        String regionCode,

        @NotNull(message = "{registration.language.required}")
        Language language,

        @Size(max = NEEDS_MAX, message = "{registration.needs.size}")
        @Pattern(regexp = MULTI_LINE, message = "{registration.text.controlCharacters}")
        String needs,

        @AssertTrue(message = "{registration.consentProcessing.required}")
        boolean consentProcessing,

        boolean consentListing,

        String website,

        String invitationToken) {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int ORGANISATION_MAX = 200;
    public static final int POSITION_MAX = 200;
    public static final int NEEDS_MAX = 1000;

    /*
     * The patterns are checked even when the text is far over its @Size, and java.util.regex recurses once
     * for each repetition of a group: a pattern like (?:x|y)* overflows the stack on a few thousand
     * characters, which the API's 16 KB body allows. So no pattern repeats a group without a small bound;
     * repeated character classes are matched in a loop.
     */

    /**
     * Letters of any script (Cyrillic and Kazakh included), with spaces, hyphens, apostrophes and dots between:
     * a letter first, a letter or one dot after a letter last.
     */
    public static final String NAME_PATTERN = "^[\\p{L}\\p{M}](?:[\\p{L}\\p{M} '’.\\-]*[\\p{L}\\p{M}])?\\.?$";
    /**
     * A practical address check: one {@code @}, no spaces or control characters, a domain of labels with
     * a dot. Stricter than {@code @Email}, which accepts addresses that no mail server delivers to. No
     * address of at most {@link #EMAIL_MAX} characters has more than 126 labels.
     */
    public static final String EMAIL_PATTERN =
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.){1,126}[A-Za-z]{2,63}$";
    /**
     * No control characters (C0, C1, DEL), no unpaired UTF-16 halves, and no bidirectional overrides or
     * isolates, which can make a name or an organisation read differently on screen than it is stored.
     */
    public static final String SINGLE_LINE = "^[^\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]*$";
    /** The same as {@link #SINGLE_LINE}, but tab, line feed and carriage return are allowed. */
    public static final String MULTI_LINE = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]*$";

    /**
     * The request with surrounding white space removed, empty texts as null, names in Unicode NFC (so that
     * a Kazakh letter typed as letter + combining mark is stored as one letter) and the address in lower case.
     */
    public RegistrationRequest normalised() {
        return new RegistrationRequest(nfc(fullName), email == null ? null : email.strip().toLowerCase(Locale.ROOT),
                nfc(organisation), nfc(position), regionCode == null || regionCode.isBlank() ? null : regionCode.strip().toUpperCase(Locale.ROOT), language, nfc(needs),
                consentProcessing, consentListing, website, Texts.blankToNull(invitationToken));
    }

    /** Whether a robot filled in the hidden field. */
    boolean looksAutomated() {
        return website != null && !website.isBlank();
    }

    private static String nfc(String text) {
        String value = Texts.blankToNull(text);
        return value == null ? null : Normalizer.normalize(value.replaceAll(" {2,}", " "), Normalizer.Form.NFC);
    }

    /** An empty form in the given language, for the form to start from. */
    public static RegistrationRequest empty(Language language) {
        return new RegistrationRequest(null, null, null, null, null, language, null, false, false, null, null);
    }
}
