package org.npmportal.selection;

/**
 * A selected candidate as handed to the roster: who they are, where they monitor, and whether they agreed
 * that their contact details may be shared with their regional team.
 *
 * @param email        lower-case; the key that matches the person across rosters and seminar registrations
 * @param organisation the organisation they applied from, as they wrote it (may be blank)
 * @param rank         their place in the round's final ranking, 1 first
 */
public record SelectedMonitor(long candidateId, String fullName, String email, String phone,
        String organisation, long regionId, int rank, boolean shareContacts) {
}
