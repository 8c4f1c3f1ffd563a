package org.npmportal.roster.visit;

/** Kinds of places where people are deprived of their liberty, as the NPM's visits cover them. */
public enum FacilityType {
    PRISON,
    PRE_TRIAL_DETENTION_CENTRE,
    TEMPORARY_POLICE_DETENTION,
    SPECIAL_INSTITUTION_FOR_CHILDREN,
    PSYCHIATRIC_OR_SOCIAL_CARE_HOME
}
