package org.npmportal.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in sessions of staff, as Spring Security's session registry records them. Ending a user's
 * sessions marks them expired; the next request in each (a page, or a Vaadin round trip) is signed out by
 * the {@code ConcurrentSessionFilter} and sent to the sign-in page. The registry is in memory and per
 * instance, so behind a load balancer each instance ends the sessions it holds.
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the user once the current transaction commits (at once without one). */
    void endAllOf(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    expire(username);
                }
            });
        } else {
            expire(username);
        }
    }

    private void expire(String username) {
        registry.getAllPrincipals().stream()
                .filter(principal -> isUser(principal, username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow());
    }

    private static boolean isUser(Object principal, String username) {
        return principal instanceof UserDetails user && user.getUsername().equals(username);
    }
}
