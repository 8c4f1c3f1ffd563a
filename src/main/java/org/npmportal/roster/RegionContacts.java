package org.npmportal.roster;

import java.util.List;
import org.npmportal.directory.Region;

/**
 * A region's contact sheet: the active members who agreed to share their details, and how many others
 * are on the team there without being listed.
 */
public record RegionContacts(Region region, List<Contact> contacts, int notShared) {

    public RegionContacts {
        contacts = List.copyOf(contacts);
    }
}
