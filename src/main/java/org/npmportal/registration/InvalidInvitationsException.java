package org.npmportal.registration;

import java.util.List;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;

/**
 * An invitation list with bad lines: nobody was invited. Each problem names its line, so that the
 * organiser can fix the list and send it again.
 */
public class InvalidInvitationsException extends InvalidInputException {

    /** The field that problems without a line (an empty or unreadable list) are reported on. */
    public static final String FIELD = "invitations";

    private final transient List<InvitationProblem> lines;

    InvalidInvitationsException(List<InvitationProblem> lines) {
        super(lines.stream().map(problem -> new FieldProblem(FIELD, problem.messageKey())).toList());
        this.lines = List.copyOf(lines);
    }

    public List<InvitationProblem> lines() {
        return lines;
    }
}
