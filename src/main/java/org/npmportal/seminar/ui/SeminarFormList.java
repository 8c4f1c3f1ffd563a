package org.npmportal.seminar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small editable list inside the seminar form (partners, trainers, agenda). It works on the
 * seminar's own child list, so that what the organiser sees is what the service saves. Problems the
 * service reports for the list as a whole are shown under it.
 */
abstract class SeminarFormList<T, R extends SeminarFormRow<T>> extends VerticalLayout implements HasValidation {

    final Button addItem = new Button();
    final Span error = new Span();

    private final Div rowBox = new Div();
    private final List<R> rows = new ArrayList<>();
    private List<T> items = new ArrayList<>();
    private Runnable onChange = () -> { };
    private boolean readOnly;

    SeminarFormList(String addKey) {
        addClassName("seminar-form-list");
        setPadding(false);
        setSpacing(false);
        rowBox.addClassName("seminar-form-rows");
        error.addClassName("seminar-form-list-error");
        error.setVisible(false);
        addItem.setText(getTranslation(addKey));
        addItem.setIcon(VaadinIcon.PLUS.create());
        addItem.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addItem.addClickListener(click -> {
            T item = newItem(List.copyOf(items));
            items.add(item);
            append(item);
            onChange.run();
        });
        add(rowBox, error, addItem);
    }

    /** A new item, filled in from what is already in the list where that saves typing. */
    protected abstract T newItem(List<T> existing);

    protected abstract R createRow(T item, Runnable onChange);

    /** Shows and edits {@code items}, the seminar's own list. */
    void edit(List<T> items, Runnable onChange) {
        this.items = items;
        this.onChange = onChange;
        rows.clear();
        rowBox.removeAll();
        items.forEach(this::append);
        setInvalid(false);
    }

    private void append(T item) {
        R row = createRow(item, () -> onChange.run());
        row.removeItem.addClickListener(click -> {
            items.remove(item);
            rows.remove(row);
            rowBox.remove(row);
            onChange.run();
        });
        row.setReadOnly(readOnly);
        rows.add(row);
        rowBox.add(row);
    }

    List<R> rows() {
        return List.copyOf(rows);
    }

    boolean validate() {
        boolean valid = true;
        for (R row : rows) {
            valid &= row.validate();
        }
        return valid;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        rows.forEach(row -> row.setReadOnly(readOnly));
        addItem.setVisible(!readOnly);
    }

    /**
     * The list itself under {@code property} and each row's fields as the service names them, such
     * as {@code sessions[2].title}.
     */
    Map<String, HasValidation> fieldsByProperty(String property) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put(property, this);
        for (int i = 0; i < rows.size(); i++) {
            String prefix = property + "[" + i + "].";
            rows.get(i).fieldsByProperty().forEach((name, field) -> fields.put(prefix + name, field));
        }
        return fields;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
