package org.npmportal.roster.visit;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.npmportal.base.Texts;
import org.npmportal.registration.RegistrationRequest;

/**
 * A visit as an organiser records it.
 *
 * @param teamIds           the roster members who made the visit
 * @param reportPublishedOn null while the report is not published
 */
public record VisitDetails(
        @NotNull(message = "{visits.visit.facility.required}")
        Long facilityId,

        @NotNull(message = "{visits.visit.visitedOn.required}")
        LocalDate visitedOn,

        LocalDate reportPublishedOn,

        @NotEmpty(message = "{visits.visit.team.required}")
        Set<Long> teamIds,

        @Size(max = MonitoringVisit.NOTES_MAX, message = "{visits.visit.notes.size}")
        @Pattern(regexp = RegistrationRequest.MULTI_LINE, message = "{visits.text.controlCharacters}")
        String notes) {

    public VisitDetails {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }

    public VisitDetails normalised() {
        String text = notes == null ? null : notes.replace("\r\n", "\n").replace('\r', '\n');
        return new VisitDetails(facilityId, visitedOn, reportPublishedOn, teamIds, Texts.blankToNull(text));
    }
}
