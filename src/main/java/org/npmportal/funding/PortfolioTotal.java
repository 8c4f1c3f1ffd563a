package org.npmportal.funding;

/** The funded (awarded or closed) grants of one currency added up; currencies are never added together. */
public record PortfolioTotal(CurrencyCode currency, long grants, Money awarded, Money received, Money spent) {

    public Money remaining() {
        return awarded.minus(spent);
    }
}
