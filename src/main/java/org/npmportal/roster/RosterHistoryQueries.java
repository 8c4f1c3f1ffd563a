package org.npmportal.roster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.npmportal.selection.RosterHistory;
import org.npmportal.selection.RosterHistoryEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells selection which rosters its candidates were on. One query for all the addresses asked about
 * (in chunks of {@link #CHUNK} for very large rounds, so no statement outgrows what databases accept).
 * Access is selection's to check: it asks on behalf of a commission screen it has already authorised.
 */
@Component
@Transactional(readOnly = true)
class RosterHistoryQueries implements RosterHistory {

    static final int CHUNK = 1_000;

    private final RosterMemberRepository members;

    RosterHistoryQueries(RosterMemberRepository members) {
        this.members = members;
    }

    @Override
    public Map<String, List<RosterHistoryEntry>> membershipsByEmail(Collection<String> emails) {
        Set<String> wanted = new LinkedHashSet<>();
        emails.stream().filter(Objects::nonNull).map(e -> e.strip().toLowerCase(Locale.ROOT))
                .filter(e -> !e.isEmpty()).forEach(wanted::add);
        Map<String, List<RosterHistoryEntry>> result = new LinkedHashMap<>();
        List<String> all = List.copyOf(wanted);
        for (int from = 0; from < all.size(); from += CHUNK) {
            for (Row row : members.historyOf(all.subList(from, Math.min(all.size(), from + CHUNK)))) {
                result.computeIfAbsent(row.email(), e -> new ArrayList<>()).add(new RosterHistoryEntry(
                        row.year(), row.title(), row.regionId(), row.role().name(), row.status().name()));
            }
        }
        result.replaceAll((email, entries) -> List.copyOf(entries));
        return result;
    }

    /** One membership as the query reads it, without loading members, rosters or regions as entities. */
    record Row(String email, int year, String title, long regionId, MemberRole role, MemberStatus status) {
    }
}
