package org.npmportal.security;

import java.util.Set;
import org.npmportal.base.i18n.Language;

/** A row of the user list, read inside the transaction so that the view never touches lazy state. */
public record UserSummary(Long id, long version, String username, String fullName, String email,
        Language preferredLanguage, Set<Role> roles, boolean enabled) {

    static UserSummary of(AppUser user) {
        return new UserSummary(user.getId(), user.getVersion(), user.getUsername(), user.getFullName(),
                user.getEmail(), user.getPreferredLanguage(), Set.copyOf(user.getRoles()), user.isEnabled());
    }
}
