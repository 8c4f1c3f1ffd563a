package org.npmportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;

/**
 * Puts the service's field problems on the form fields that caused them, in the user's language.
 * Problems without a matching field are returned as one sentence for a notification.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Clears earlier errors, marks the fields named in the exception, and returns the rest as text. */
    public static String show(InvalidInputException error, Map<String, ? extends HasValidation> fields,
            Component translator) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        var unmatched = new StringBuilder();
        for (FieldProblem problem : error.problems()) {
            String text = translator.getTranslation(problem.messageKey());
            var field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                unmatched.append(unmatched.isEmpty() ? "" : " ").append(text);
            }
        }
        return unmatched.toString();
    }
}
