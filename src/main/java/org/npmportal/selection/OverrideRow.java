package org.npmportal.selection;

import java.time.Instant;

/** A chair's change to the proposal, with the reason they wrote. */
public record OverrideRow(long candidateId, String code, String fullName, Outcome from, Outcome to, String reason,
        String decidedBy, Instant decidedAt) {

    /** The longest reason the chair may write, for the form that asks for it. */
    public static final int REASON_MAX = ChairOverride.REASON_MAX;
}
