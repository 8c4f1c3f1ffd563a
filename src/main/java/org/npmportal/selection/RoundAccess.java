package org.npmportal.selection;

import java.util.Optional;
import org.npmportal.base.UserFacingException;
import org.npmportal.security.StaffDirectory;
import org.npmportal.security.StaffMember;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The rules on who may do what in a round, beyond the role checks on the services: a commission member
 * acts only in the rounds they sit on, and some steps are the chair's.
 */
@Component
class RoundAccess {

    private final SelectionRoundRepository rounds;
    private final CommissionMemberRepository members;
    private final StaffDirectory staff;
    private final SecurityContextHolderStrategy securityContext;

    RoundAccess(SelectionRoundRepository rounds, CommissionMemberRepository members, StaffDirectory staff,
            SecurityContextHolderStrategy securityContext) {
        this.rounds = rounds;
        this.members = members;
        this.staff = staff;
        this.securityContext = securityContext;
    }

    SelectionRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    SelectionRound lockRound(long roundId) {
        return rounds.lockById(roundId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    StaffMember currentUser() {
        return staff.current().orElseThrow(() -> new UserFacingException("error.accessDenied"));
    }

    String username() {
        var authentication = securityContext.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    boolean isOrganiser() {
        var authentication = securityContext.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_ORGANISER") || a.getAuthority().equals("ROLE_ADMIN"));
    }

    Optional<CommissionMember> currentMember(long roundId) {
        return staff.current().flatMap(user -> members.findByRoundIdAndUserId(roundId, user.id()));
    }

    /** The signed-in user's membership of the round; anyone else is refused. */
    CommissionMember requireMember(long roundId) {
        return currentMember(roundId).orElseThrow(() -> new UserFacingException("selection.notMember"));
    }

    CommissionMember lockMember(long roundId) {
        var user = currentUser();
        return members.lockByRoundIdAndUserId(roundId, user.id())
                .orElseThrow(() -> new UserFacingException("selection.notMember"));
    }

    boolean isChair(long roundId) {
        return currentMember(roundId).map(CommissionMember::isChair).orElse(false);
    }

    /** Organisers and the round's chair steer the round; other members do not. */
    void requireOrganiserOrChair(long roundId) {
        if (!isOrganiser() && !isChair(roundId)) {
            throw new UserFacingException("selection.chairOnly");
        }
    }

    void requireChair(long roundId) {
        if (!isChair(roundId)) {
            throw new UserFacingException("selection.chairOnly");
        }
    }

    /** Organisers read every round; members only theirs. */
    void requireReader(long roundId) {
        if (!isOrganiser() && currentMember(roundId).isEmpty()) {
            throw new UserFacingException("selection.notMember");
        }
    }
}
