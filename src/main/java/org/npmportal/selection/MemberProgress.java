package org.npmportal.selection;

import java.time.Instant;

/** How far one commission member has got, for the chair. */
public record MemberProgress(long memberId, String fullName, boolean chair, RatingProgressFigures figures,
        Instant submittedAt) {
}
