package org.npmportal.selection;

import java.util.List;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;

/** An imported candidate list with bad lines: nobody was imported. Each problem names its line. */
public class InvalidImportException extends InvalidInputException {

    /** The field that the problems are reported on for those who only read field problems. */
    public static final String FIELD = "file";

    private final transient List<ImportProblem> lines;

    InvalidImportException(List<ImportProblem> lines) {
        super(lines.stream().map(problem -> new FieldProblem(FIELD, problem.messageKey())).toList());
        this.lines = List.copyOf(lines);
    }

    public List<ImportProblem> lines() {
        return lines;
    }
}
