package org.npmportal.roster;

import org.npmportal.registration.AttendedSeminar;

/**
 * Whether a member has met one requirement.
 *
 * @param metBy the seminar that met it, or null while it is not met
 */
public record RequirementStatus(long requirementId, String requirement, AttendedSeminar metBy) {

    public boolean met() {
        return metBy != null;
    }
}
