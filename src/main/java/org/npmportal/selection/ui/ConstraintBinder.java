package org.npmportal.selection.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;

/**
 * Checks each bound field against the bean's Jakarta constraints, like {@code BeanValidationBinder}, but
 * words the messages from the portal's bundles: the selection entities name their messages by keys of
 * {@code i18n/selection}, which Jakarta's own {@code ValidationMessages} lookup does not read.
 */
final class ConstraintBinder<T> extends Binder<T> {

    private final Class<T> type;

    ConstraintBinder(Class<T> type) {
        super(type);
        this.type = type;
    }

    @Override
    protected BindingBuilder<T, ?> configureBinding(BindingBuilder<T, ?> binding, PropertyDefinition<T, ?> definition) {
        return binding.withValidator(new TranslatedValidator(type, definition.getTopLevelName()));
    }

    private static final class TranslatedValidator extends BeanValidator {

        TranslatedValidator(Class<?> beanType, String propertyName) {
            super(beanType, propertyName);
        }

        @Override
        protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
            String template = violation.getMessageTemplate();
            if (template.startsWith("{") && template.endsWith("}")) {
                return I18NProvider.translate(locale, template.substring(1, template.length() - 1));
            }
            return super.getMessage(violation, locale);
        }
    }
}
