package org.npmportal.roster;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a member's history, for the member dialog and the profile. */
public record MemberHistoryRow(LocalDate effectiveOn, MemberChange.Kind kind, MemberRole role, MemberStatus status,
        String reason, Instant recordedAt, String recordedBy) {

    static MemberHistoryRow of(MemberChange c) {
        return new MemberHistoryRow(c.getEffectiveOn(), c.getKind(), c.getRole(), c.getStatus(), c.getReason(),
                c.getRecordedAt(), c.getRecordedBy());
    }
}
