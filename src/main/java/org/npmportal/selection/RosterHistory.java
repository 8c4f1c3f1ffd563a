package org.npmportal.selection;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Earlier roster memberships of candidates, shown to the commission. Implemented by the roster feature;
 * selection only asks, so it does not depend on rosters.
 */
public interface RosterHistory {

    /**
     * Memberships of the people with these e-mail addresses (compared in lower case), newest year first,
     * keyed by the lower-case address. Addresses without memberships are absent from the map.
     */
    Map<String, List<RosterHistoryEntry>> membershipsByEmail(Collection<String> emails);
}
