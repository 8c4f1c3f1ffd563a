package org.npmportal.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who the signed-in staff user is, and which enabled staff users hold a role, for other features. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContext;

    StaffDirectory(AppUserRepository users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    /** The signed-in user; empty for anonymous requests and background jobs. */
    @PreAuthorize("isAuthenticated()")
    public Optional<StaffMember> current() {
        var authentication = securityContext.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return users.findByUsername(authentication.getName()).filter(AppUser::isEnabled).map(StaffDirectory::of);
    }

    /** Enabled users with the role, by full name. */
    @PreAuthorize("isAuthenticated()")
    public List<StaffMember> withRole(Role role) {
        return users.findEnabledWithRole(role).stream().map(StaffDirectory::of).toList();
    }

    /**
     * Enabled users with the role as mail recipients, for scheduled jobs that run with nobody signed in
     * (funding's deadline reminders to finance staff).
     */
    public List<StaffRecipient> recipientsWithRole(Role role) {
        return users.findEnabledWithRole(role).stream()
                .map(u -> new StaffRecipient(u.getEmail(), u.getFullName(), u.getPreferredLanguage())).toList();
    }

    /** The users with these ids, enabled or not (past commissions keep their names), by full name. */
    @PreAuthorize("isAuthenticated()")
    public List<StaffMember> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : users.findByIdInOrderByFullName(ids).stream().map(StaffDirectory::of).toList();
    }

    /** Whether the user with this id is enabled and holds the role. */
    @PreAuthorize("isAuthenticated()")
    public boolean hasRole(long userId, Role role) {
        return users.findById(userId).filter(AppUser::isEnabled).map(u -> u.getRoles().contains(role)).orElse(false);
    }

    private static StaffMember of(AppUser user) {
        return new StaffMember(user.getId(), user.getUsername(), user.getFullName(), user.getEmail());
    }
}
