package org.npmportal.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public address, {@code portal.base-url}, which every absolute link in mail, calendar files and
 * the API is built from, never from the request, so that a forged Host header cannot change them.
 */
@Component
public class BaseUrl {

    private final String base;

    public BaseUrl(@Value("${portal.base-url}") String baseUrl) {
        String stripped = baseUrl.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        this.base = stripped;
    }

    /** The absolute address of a path of the portal, such as {@code "catalogue/12"}. */
    public String link(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The base itself, without a trailing slash. */
    public String base() {
        return base;
    }
}
