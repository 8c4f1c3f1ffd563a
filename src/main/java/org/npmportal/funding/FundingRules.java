package org.npmportal.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;

/** Collects the broken rules of one input field by field, so that the user sees all of them at once. */
final class FundingRules {

    static final String REQUIRED = "funding.field.required";
    static final String TOO_LONG = "funding.field.tooLong";
    static final String AMOUNT_POSITIVE = "funding.amount.positive";
    static final String CURRENCY_UNKNOWN = "funding.currency.unknown";
    static final String RATE_REQUIRED = "funding.rate.required";
    static final String RATE_POSITIVE = "funding.rate.positive";

    private final List<FieldProblem> problems = new ArrayList<>();

    void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, REQUIRED);
            }
        } else if (value.strip().length() > max) {
            add(field, TOO_LONG);
        }
    }

    void required(String field, Object value) {
        if (value == null) {
            add(field, REQUIRED);
        }
    }

    /** An amount that must be above zero and fit DECIMAL(19,4). */
    void positive(String field, BigDecimal value) {
        if (value == null) {
            add(field, REQUIRED);
        } else if (value.signum() <= 0) {
            add(field, AMOUNT_POSITIVE);
        } else if (value.precision() - value.scale() > 15) {
            add(field, TOO_LONG);
        }
    }

    Optional<CurrencyCode> currency(String field, String code) {
        if (code == null || code.isBlank()) {
            add(field, REQUIRED);
            return Optional.empty();
        }
        var currency = CurrencyCode.parse(code);
        if (currency.isEmpty()) {
            add(field, CURRENCY_UNKNOWN);
        }
        return currency;
    }

    /** The rate of a foreign-currency entry must be given and above zero; an entry in the grant's currency needs none. */
    void rate(String field, BigDecimal rate, Optional<CurrencyCode> entryCurrency, CurrencyCode grantCurrency) {
        if (entryCurrency.isEmpty() || entryCurrency.get() == grantCurrency) {
            return;
        }
        if (rate == null) {
            add(field, RATE_REQUIRED);
        } else if (rate.signum() <= 0) {
            add(field, RATE_POSITIVE);
        } else if (rate.precision() - rate.scale() > 11 || rate.stripTrailingZeros().scale() > 8) {
            add(field, "funding.rate.tooPrecise");
        }
    }

    void add(String field, String key) {
        problems.add(new FieldProblem(field, key));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
