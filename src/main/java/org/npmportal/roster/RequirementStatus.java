package org.npmportal.roster;

import org.npmportal.registration.SeminarAttended;

/**
 * Whether a member has met one requirement.
 *
 * @param metBy the seminar that met it, or null while it is not met
 */
public record RequirementStatus(long requirementId, String requirement, SeminarAttended metBy) {

    public boolean met() {
        return metBy != null;
    }
}
