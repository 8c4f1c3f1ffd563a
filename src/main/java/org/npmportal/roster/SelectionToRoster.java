package org.npmportal.roster;

import java.util.HashSet;
import java.util.Set;
import org.npmportal.base.InputValidator;
import org.npmportal.base.InvalidInputException;
import org.npmportal.selection.SelectedMonitor;
import org.npmportal.selection.SelectionPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the yearly roster when a selection round's decision is published, in the publishing transaction:
 * if the roster cannot take the selected people, the decision is not published either. Each selected
 * person becomes a monitor in their region from the roster's first day, with the contact-sharing consent
 * they gave; someone already on the roster is left as they are.
 */
@Component
class SelectionToRoster {

    private final Enrolment enrolment;
    private final RosterMemberRepository members;
    private final InputValidator validator;

    SelectionToRoster(Enrolment enrolment, RosterMemberRepository members, InputValidator validator) {
        this.enrolment = enrolment;
        this.members = members;
        this.validator = validator;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SelectionPublished published) {
        Roster roster = enrolment.rosterFor(published.programme(), published.year());
        Set<String> onRoster = new HashSet<>(members.emailsOn(roster.getId()));
        Set<String> previous = enrolment.previousEmails(roster);
        for (SelectedMonitor selected : published.selected()) {
            var details = new MemberDetails(selected.fullName(), selected.email(), selected.phone(),
                    selected.organisation(), selected.regionId(), MemberRole.MONITOR, null, roster.getStartsOn(), null,
                    selected.shareContacts()).normalised();
            if (!onRoster.add(details.email())) {
                continue;
            }
            try {
                validator.check(details);
                enrolment.enrol(roster, details, MemberSource.SELECTION, published.roundId(),
                        previous.contains(details.email()));
            } catch (InvalidInputException invalid) {
                throw new IllegalArgumentException("Selection round " + published.roundId() + " hands candidate "
                        + selected.candidateId() + " to the roster with details the roster refuses: "
                        + invalid.problems(), invalid);
            }
        }
    }
}
