package org.npmportal.seminar;

/** What an organisation does for a seminar. */
public enum PartnerRole {
    ORGANISER,
    CO_ORGANISER,
    SUPPORTER,
    FUNDER
}
