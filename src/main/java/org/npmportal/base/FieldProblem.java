package org.npmportal.base;

/**
 * One broken rule on one field, as a message key that each audience translates into its own
 * language (the UI with the user's locale, the API with the request's).
 */
public record FieldProblem(String field, String messageKey) {
}
