package org.npmportal.registration;

import org.npmportal.base.BaseUrl;
import org.springframework.stereotype.Component;

/**
 * The addresses participants get by mail, built from {@code portal.base-url} and never from a request.
 * The pages behind them live in {@code registration.ui}; the downloads in {@code registration.api}.
 */
@Component
public class RegistrationLinks {

    public static final String CONFIRM_ROUTE = "registration/confirm";
    public static final String CLAIM_ROUTE = "registration/claim";
    public static final String MANAGE_ROUTE = "registration";
    public static final String INVITATION_ROUTE = "invitation";
    public static final String DOWNLOAD_PATH = "/api/registrations/";

    private final String base;

    RegistrationLinks(BaseUrl baseUrl) {
        this.base = baseUrl.base();
    }

    String confirm(String token) {
        return base + "/" + CONFIRM_ROUTE + "/" + token;
    }

    String claim(String token) {
        return base + "/" + CLAIM_ROUTE + "/" + token;
    }

    String manage(String token) {
        return base + "/" + MANAGE_ROUTE + "/" + token;
    }

    String invitation(String token) {
        return base + "/" + INVITATION_ROUTE + "/" + token;
    }

    String certificate(String manageToken) {
        return base + DOWNLOAD_PATH + manageToken + "/certificate.pdf";
    }

    String seminarPage(long seminarId) {
        return base + "/catalogue/" + seminarId;
    }
}
