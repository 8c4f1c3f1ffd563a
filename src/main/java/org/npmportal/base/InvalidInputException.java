package org.npmportal.base;

import java.util.List;

/** Input that breaks the portal's rules. Nothing was changed; the problems say what to fix. */
public class InvalidInputException extends UserFacingException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "error.invalidInput" : problems.getFirst().messageKey());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
