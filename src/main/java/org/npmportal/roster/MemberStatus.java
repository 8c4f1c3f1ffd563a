package org.npmportal.roster;

/**
 * Where a member stands. Suspended and withdrawn members are not counted towards a region's coverage and
 * do not visit; a change to either needs a dated reason. The names are part of the contract with
 * selection's roster history.
 */
public enum MemberStatus {
    ACTIVE,
    SUSPENDED,
    WITHDRAWN;

    public boolean needsReason() {
        return this != ACTIVE;
    }
}
