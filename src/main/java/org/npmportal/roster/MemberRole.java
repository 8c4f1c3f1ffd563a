package org.npmportal.roster;

/** What a member does on the team. The names are part of the contract with selection's roster history. */
public enum MemberRole {
    MONITOR,
    REGIONAL_COORDINATOR,
    STEERING_COMMITTEE_MEMBER
}
