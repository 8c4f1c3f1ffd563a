package org.npmportal.selection;

/**
 * What the results need of an active candidate: who they are and their region, without the application's
 * texts and contacts, which the results page never shows and which are most of a candidate's row.
 */
record RankedCandidate(long id, String code, String fullName, String organisation, long regionId) {
}
