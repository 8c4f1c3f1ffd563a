package org.npmportal.funding;

public enum DeadlineKind {
    NARRATIVE, FINANCIAL
}
