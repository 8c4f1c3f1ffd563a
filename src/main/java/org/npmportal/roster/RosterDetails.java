package org.npmportal.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.npmportal.base.Texts;
import org.npmportal.registration.RegistrationRequest;

/**
 * What an organiser types for a roster. The same constraints serve the form and the service.
 *
 * @param title   shown everywhere; left blank, it becomes the programme and the year, "NPM monitors 2015"
 * @param targets monitors wanted per region id; 0 or absent means no target
 */
public record RosterDetails(
        @NotBlank(message = "{roster.programme.required}")
        @Size(max = Roster.PROGRAMME_MAX, message = "{roster.programme.size}")
        @Pattern(regexp = RegistrationRequest.SINGLE_LINE, message = "{roster.text.controlCharacters}")
        String programme,

        @NotNull(message = "{roster.year.required}")
        @Min(value = Roster.YEAR_MIN, message = "{roster.year.range}")
        @Max(value = Roster.YEAR_MAX, message = "{roster.year.range}")
        Integer year,

        @Size(max = Roster.TITLE_MAX, message = "{roster.title.size}")
        @Pattern(regexp = RegistrationRequest.SINGLE_LINE, message = "{roster.text.controlCharacters}")
        String title,

        @NotNull(message = "{roster.startsOn.required}")
        LocalDate startsOn,

        @NotNull(message = "{roster.endsOn.required}")
        LocalDate endsOn,

        Map<Long, Integer> targets) {

    public RosterDetails {
        targets = targets == null ? Map.of() : new HashMap<>(targets);
    }

    /** A new roster for the programme and year, running through the calendar year, without targets. */
    public static RosterDetails forYear(String programme, int year) {
        return new RosterDetails(programme, year, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Map.of());
    }

    /** The title the roster gets when none is typed. */
    public static String defaultTitle(String programme, int year) {
        return programme + " " + year;
    }

    /** Trimmed, inner runs of spaces made one, in Unicode NFC, and the default title where none was typed. */
    public RosterDetails normalised() {
        String cleanProgramme = clean(programme);
        String cleanTitle = clean(title);
        if (cleanTitle == null && cleanProgramme != null && year != null) {
            cleanTitle = defaultTitle(cleanProgramme, year);
        }
        return new RosterDetails(cleanProgramme, year, cleanTitle, startsOn, endsOn, targets);
    }

    private static String clean(String text) {
        String value = Texts.blankToNull(text);
        return value == null ? null : Normalizer.normalize(value.replaceAll("\\s{2,}", " "), Normalizer.Form.NFC);
    }
}
