package org.npmportal.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.npmportal.base.Texts;
import org.npmportal.registration.RegistrationRequest;

/**
 * A training requirement as an organiser types it.
 *
 * @param seminarIds the seminars that meet it: past ones that count, upcoming ones to invite to
 */
public record RequirementDetails(
        @NotBlank(message = "{roster.requirement.name.required}")
        @Size(max = TrainingRequirement.NAME_MAX, message = "{roster.requirement.name.size}")
        @Pattern(regexp = RegistrationRequest.SINGLE_LINE, message = "{roster.text.controlCharacters}")
        String name,

        boolean beforeFirstVisit,

        @NotEmpty(message = "{roster.requirement.seminars.required}")
        Set<Long> seminarIds) {

    public RequirementDetails {
        seminarIds = seminarIds == null ? Set.of() : Set.copyOf(seminarIds);
    }

    public RequirementDetails normalised() {
        String clean = Texts.blankToNull(name);
        return new RequirementDetails(clean == null ? null : clean.replaceAll(" {2,}", " "), beforeFirstVisit,
                seminarIds);
    }
}
