package org.npmportal.selection;

/** A member's declaration about one candidate. */
public enum DeclarationState {
    /** Nothing declared yet: the file stays closed. */
    NONE,
    NO_CONFLICT,
    /** Recused: takes no part in rating this candidate. */
    CONFLICT
}
