package org.npmportal.seminar.api;

/** No seminar with this id, or one the public may not see (a draft, a completed or cancelled one). */
class SeminarNotPublishedException extends RuntimeException {

    private final long id;

    SeminarNotPublishedException(long id) {
        super("No published seminar " + id);
        this.id = id;
    }

    long id() {
        return id;
    }
}
