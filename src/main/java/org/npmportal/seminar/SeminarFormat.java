package org.npmportal.seminar;

public enum SeminarFormat {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public boolean needsVenue() {
        return this != ONLINE;
    }

    public boolean needsMeetingLink() {
        return this != IN_PERSON;
    }
}
