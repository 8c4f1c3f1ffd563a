package org.npmportal.seminar;

/**
 * A seminar's life cycle: draft → published → registration closed → completed, or cancelled from any
 * state before completion. Only published and registration-closed seminars are public.
 */
public enum SeminarStatus {
    DRAFT,
    PUBLISHED,
    REGISTRATION_CLOSED,
    COMPLETED,
    CANCELLED;

    public boolean isPublic() {
        return this == PUBLISHED || this == REGISTRATION_CLOSED;
    }

    public boolean isEditable() {
        return this == DRAFT || this == PUBLISHED || this == REGISTRATION_CLOSED;
    }
}
