package org.npmportal.selection;

/** What the decision means for a candidate, as mailed to them. */
public enum Outcome {
    SELECTED,
    RESERVE,
    NOT_SELECTED
}
