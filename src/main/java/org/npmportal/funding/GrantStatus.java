package org.npmportal.funding;

public enum GrantStatus {
    PIPELINE, SUBMITTED, AWARDED, CLOSED, REJECTED;

    /** Grants whose money exists: awarded ones and closed ones. The portfolio totals count only these. */
    public boolean funded() {
        return this == AWARDED || this == CLOSED;
    }
}
