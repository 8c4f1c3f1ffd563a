package org.npmportal.funding;

import java.math.BigDecimal;

/** A budget line: a short code such as "2.1", its category, a name and the planned amount in the grant's currency. */
public record LineRequest(String code, BudgetCategory category, String name, BigDecimal planned) {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;
}
