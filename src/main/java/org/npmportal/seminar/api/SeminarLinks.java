package org.npmportal.seminar.api;

import org.npmportal.base.BaseUrl;
import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the public seminar pages and calendar files, built from the configured
 * {@code portal.base-url} and never from the request, so that a forged Host header cannot change them.
 */
@Component
public class SeminarLinks {

    private final String base;

    SeminarLinks(BaseUrl baseUrl) {
        this.base = baseUrl.base();
    }

    /** The seminar's public page. */
    public String page(long id) {
        return base + "/catalogue/" + id;
    }

    /** The seminar as an iCalendar file. */
    public String calendar(long id) {
        return base + "/api/seminars/" + id + ".ics";
    }

    /** The iCalendar feed of all upcoming seminars. */
    public String feed() {
        return base + "/api/seminars.ics";
    }

    /** The feed for "subscribe" links: calendar programs open {@code webcal:} addresses themselves. */
    public String feedSubscription() {
        String feed = feed();
        return "webcal" + feed.substring(feed.indexOf(':'));
    }

    /** The portal's host name, which makes calendar UIDs unique across installations. */
    String host() {
        String host = URI.create(base).getHost();
        return host == null ? "npm-portal" : host;
    }
}
