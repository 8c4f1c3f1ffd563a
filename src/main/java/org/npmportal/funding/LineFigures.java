package org.npmportal.funding;

import java.math.BigDecimal;

/** A budget line against what was spent on it, in the grant's currency; percentUsed is null for a plan of zero. */
public record LineFigures(long id, long version, String code, BudgetCategory category, String name, Money planned,
        Money spent, Money remaining, BigDecimal percentUsed, LineState state) {
}
