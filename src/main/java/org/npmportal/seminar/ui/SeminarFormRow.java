package org.npmportal.seminar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;

/**
 * One row of a seminar's partner, trainer or agenda list. The row edits its item in place, checked
 * by the item's own Jakarta constraints.
 */
abstract class SeminarFormRow<T> extends HorizontalLayout {

    final Button removeItem = new Button(VaadinIcon.TRASH.create());

    protected final BeanValidationBinder<T> binder;
    private final T item;

    SeminarFormRow(Class<T> type, T item) {
        this.item = item;
        this.binder = new BeanValidationBinder<>(type);
        addClassName("seminar-form-row");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        removeItem.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeItem.setAriaLabel(getTranslation("seminarEditor.remove"));
        removeItem.setTooltipText(getTranslation("seminarEditor.remove"));
    }

    /** Binds the fields and shows the item; called once the subclass has built its fields. */
    protected void bindAndShow(Runnable onChange) {
        binder.setBean(item);
        binder.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onChange.run();
            }
        });
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        removeItem.setVisible(!readOnly);
    }

    /** The row's fields by the item's property names, for errors the service reports. */
    abstract Map<String, HasValidation> fieldsByProperty();
}
