package org.npmportal.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs the entity's Jakarta constraints inside services, the second line behind the forms, because
 * imports and the public API do not pass through the UI.
 */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(Object bean) {
        List<FieldProblem> problems = validator.validate(bean).stream()
                .map(InputValidator::toProblem)
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::messageKey))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static FieldProblem toProblem(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
        return new FieldProblem(violation.getPropertyPath().toString(), key);
    }
}
