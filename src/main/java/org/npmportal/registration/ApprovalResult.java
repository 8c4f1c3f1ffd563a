package org.npmportal.registration;

/**
 * What a bulk approval did.
 *
 * @param skipped chosen registrations that were no longer awaiting approval (decided by someone else
 *                in the meantime, or withdrawn) or do not belong to the seminar
 */
public record ApprovalResult(int seated, int waitlisted, int skipped) {
}
