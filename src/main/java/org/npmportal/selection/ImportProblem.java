package org.npmportal.selection;

/**
 * A problem with one line of an imported candidate list; lines count from 1, and 0 means the file as a
 * whole (empty, not text, too large).
 *
 * @param field the candidate's field the problem is about, or null
 */
public record ImportProblem(int line, String field, String messageKey) {
}
