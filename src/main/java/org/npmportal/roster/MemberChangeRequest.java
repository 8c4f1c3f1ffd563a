package org.npmportal.roster;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.npmportal.base.Texts;
import org.npmportal.registration.RegistrationRequest;

/**
 * A change of a member's role or status from a given day. A suspension or withdrawal needs a reason.
 */
public record MemberChangeRequest(
        @NotNull(message = "{roster.member.role.required}")
        MemberRole role,

        @NotNull(message = "{roster.change.status.required}")
        MemberStatus status,

        @NotNull(message = "{roster.change.effectiveOn.required}")
        LocalDate effectiveOn,

        @Size(max = RosterMember.REASON_MAX, message = "{roster.change.reason.size}")
        @Pattern(regexp = RegistrationRequest.MULTI_LINE, message = "{roster.text.controlCharacters}")
        String reason) {

    public MemberChangeRequest normalised() {
        String text = reason == null ? null : reason.replace("\r\n", "\n").replace('\r', '\n');
        return new MemberChangeRequest(role, status, effectiveOn, Texts.blankToNull(text));
    }
}
