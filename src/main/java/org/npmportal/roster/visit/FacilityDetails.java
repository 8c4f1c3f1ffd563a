package org.npmportal.roster.visit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.npmportal.base.Texts;
import org.npmportal.registration.RegistrationRequest;

/** A place of detention as an organiser types it. */
public record FacilityDetails(
        @NotBlank(message = "{visits.facility.name.required}")
        @Size(max = Facility.NAME_MAX, message = "{visits.facility.name.size}")
        @Pattern(regexp = RegistrationRequest.SINGLE_LINE, message = "{visits.text.controlCharacters}")
        String name,

        @NotNull(message = "{visits.facility.type.required}")
        FacilityType type,

        @NotNull(message = "{visits.facility.region.required}")
        Long regionId,

        @Size(max = Facility.ADDRESS_MAX, message = "{visits.facility.address.size}")
        @Pattern(regexp = RegistrationRequest.SINGLE_LINE, message = "{visits.text.controlCharacters}")
        String address) {

    public FacilityDetails normalised() {
        String cleanName = Texts.blankToNull(name);
        return new FacilityDetails(cleanName == null ? null : cleanName.replaceAll(" {2,}", " "), type, regionId,
                Texts.blankToNull(address));
    }
}
