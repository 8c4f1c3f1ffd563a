package org.npmportal.selection;

import java.time.Instant;
import java.util.Locale;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;

/**
 * A row of the organisers' candidate list and of its exports, read by one query (no further loading).
 *
 * @param region null only if the region was removed from the directory
 * @param hasCv  whether a CV is stored
 */
public record CandidateRow(long id, String code, String fullName, String email, String phone, String organisation,
        Region region, String languages, String experience, String motivation, Language language,
        boolean shareContacts, CandidateStatus status, CandidateSource source, Instant createdAt,
        Instant confirmedAt, boolean hasCv) {

    public String regionName(Locale locale) {
        return region == null ? null : region.name(locale);
    }
}
