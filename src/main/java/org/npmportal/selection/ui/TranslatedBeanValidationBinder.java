package org.npmportal.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.validator.BeanValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;

/**
 * A {@link BeanValidationBinder} whose messages come from the portal's message bundles. Bean Validation's
 * own interpolator reads only {@code ValidationMessages.properties}; the selection keeps its constraint
 * messages in its own bundle, where the services' {@code InputValidator} finds them through Spring, so the
 * form reads them from the same place and both say the same.
 */
class TranslatedBeanValidationBinder<T> extends BeanValidationBinder<T> {

    private final Class<T> beanType;
    private final Component translator;

    TranslatedBeanValidationBinder(Class<T> beanType, Component translator) {
        super(beanType);
        this.beanType = beanType;
        this.translator = translator;
        // A text that must not be blank is as required as one that must not be null.
        setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType().equals(NotBlank.class)));
    }

    @Override
    protected BindingBuilder<T, ?> configureBinding(BindingBuilder<T, ?> binding,
            PropertyDefinition<T, ?> definition) {
        var validator = new TranslatedValidator(beanType, definition.getTopLevelName(), translator);
        var constraints = validator.getJavaxBeanValidator().getConstraintsForClass(beanType)
                .getConstraintsForProperty(definition.getTopLevelName());
        var required = getRequiredConfigurator();
        if (constraints != null && required != null && constraints.getConstraintDescriptors().stream()
                .anyMatch(constraint -> required.test(constraint.getAnnotation(), binding))) {
            binding.getField().setRequiredIndicatorVisible(true);
        }
        return binding.withValidator(validator);
    }

    private static final class TranslatedValidator extends BeanValidator {

        private final Component translator;

        TranslatedValidator(Class<?> beanType, String propertyName, Component translator) {
            super(beanType, propertyName);
            this.translator = translator;
        }

        @Override
        protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
            String template = violation.getMessageTemplate();
            if (template.startsWith("{") && template.endsWith("}")) {
                String key = template.substring(1, template.length() - 1);
                String text = locale == null ? translator.getTranslation(key) : translator.getTranslation(locale, key);
                // Bean Validation's own keys ({jakarta.validation.constraints.NotNull.message}) are not ours.
                if (!text.equals("!" + key + "!")) {
                    return text;
                }
            }
            return super.getMessage(violation, locale);
        }
    }
}
