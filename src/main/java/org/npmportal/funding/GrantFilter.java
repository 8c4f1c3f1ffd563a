package org.npmportal.funding;

/** The grant list's filters; null means any. The donor matches by part of its name, ignoring case. */
public record GrantFilter(GrantStatus status, String donor) {

    public static GrantFilter all() {
        return new GrantFilter(null, null);
    }
}
