package org.npmportal.directory;

/** What kind of body an organisation is; it decides the roles it usually plays (partner, donor, ...). */
public enum OrganisationKind {
    INTERNATIONAL_ORGANISATION,
    STATE_BODY,
    NGO,
    DONOR,
    DIPLOMATIC_MISSION,
    OTHER
}
