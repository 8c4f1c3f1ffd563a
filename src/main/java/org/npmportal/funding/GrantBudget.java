package org.npmportal.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * A grant's money at a glance, all in its currency: every line's plan against spending, the totals, what was
 * received, and how much of the awarded amount is used against how much of the grant's time has passed.
 */
public record GrantBudget(CurrencyCode currency, List<LineFigures> lines, Money awarded, Money planned, Money spent,
        Money remaining, Money received, BigDecimal percentUsed, BigDecimal percentTimeElapsed) {

    public GrantBudget {
        lines = List.copyOf(lines);
    }

    /** Received money not yet spent; negative when spending ran ahead of the donor's payments. */
    public Money cashInHand() {
        return received.minus(spent);
    }
}
