package org.npmportal.selection;

import org.npmportal.base.BaseUrl;
import org.springframework.stereotype.Component;

/**
 * The addresses applicants get by mail, built from {@code portal.base-url} and never from a request. The
 * pages behind them live in {@code selection.ui}.
 */
@Component
public class SelectionLinks {

    public static final String APPLY_ROUTE = "apply";
    public static final String CONFIRM_ROUTE = "apply/confirm";

    private final String base;

    SelectionLinks(BaseUrl baseUrl) {
        this.base = baseUrl.base();
    }

    String confirm(String token) {
        return base + "/" + CONFIRM_ROUTE + "/" + token;
    }

    String applicationForm(long roundId) {
        return base + "/" + APPLY_ROUTE + "/" + roundId;
    }
}
