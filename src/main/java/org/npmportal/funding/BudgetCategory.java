package org.npmportal.funding;

public enum BudgetCategory {
    STAFF, TRAVEL, VENUE, INTERPRETATION, PRINTING, EQUIPMENT, OTHER
}
