package org.npmportal.registration;

/** A problem with one line of a pasted or uploaded invitation list; lines count from 1. */
public record InvitationProblem(int line, String messageKey) {
}
