package org.npmportal.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An expenditure as a finance user enters it. The rate is grant-currency units per one unit of the
 * expenditure's currency (about 0.00476 EUR per tenge in late 2013) and may be left out only when the
 * expenditure is in the grant's currency. The seminar is optional.
 */
public record ExpenditureRequest(Long lineId, LocalDate spentOn, BigDecimal amount, String currency, BigDecimal rate,
        String supplier, String documentNumber, String description, Long seminarId) {

    public static final int SUPPLIER_MAX = 200;
    public static final int DOCUMENT_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;
}
