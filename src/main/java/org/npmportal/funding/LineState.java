package org.npmportal.funding;

import java.math.BigDecimal;

/** How close a budget line is to its plan: overspent beyond it, near from 90 % on, otherwise within. */
public enum LineState {
    WITHIN, NEAR, OVERSPENT;

    static final BigDecimal NEAR_FROM_PERCENT = BigDecimal.valueOf(90);

    static LineState of(Money planned, Money spent) {
        if (spent.amount().compareTo(planned.amount()) > 0) {
            return OVERSPENT;
        }
        // Compared unrounded, so that 89.999 % is not taken for 90 %.
        boolean near = planned.amount().signum() > 0 && spent.amount().multiply(BigDecimal.valueOf(100))
                .compareTo(planned.amount().multiply(NEAR_FROM_PERCENT)) >= 0;
        return near ? NEAR : WITHIN;
    }
}
