package org.npmportal.selection;

/** What the signed-in user is in a round, so screens show only what they may use. */
public record RoundRole(boolean organiser, boolean member, boolean chair, boolean submitted) {
}
