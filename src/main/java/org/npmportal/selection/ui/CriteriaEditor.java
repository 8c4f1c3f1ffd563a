package org.npmportal.selection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npmportal.selection.RatingCriterion;

/**
 * The round's criteria as a list the organiser adds to, removes from and reorders; saved all at once,
 * and shown read-only with the reason once rating has started.
 */
class CriteriaEditor extends VerticalLayout implements HasValidation {

    static final int DEFAULT_SCALE_MIN = 1;
    static final int DEFAULT_SCALE_MAX = 5;

    final Div lockedNotice = new Div();
    final Button addCriterion = new Button();
    final Button save = new Button();
    final Span error = new Span();

    private final Div rowBox = new Div();
    private final List<CriterionRow> rows = new ArrayList<>();
    private boolean locked;
    private Runnable onChange = () -> { };

    CriteriaEditor() {
        addClassName("criteria-editor");
        setPadding(false);
        lockedNotice.setText(getTranslation("selection.criteria.locked"));
        lockedNotice.addClassName("selection-notice");
        rowBox.addClassName("criteria-rows");
        error.addClassName("selection-field-error");
        error.setVisible(false);
        addCriterion.setText(getTranslation("roundEditor.criteria.add"));
        addCriterion.setIcon(VaadinIcon.PLUS.create());
        addCriterion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addCriterion.addClickListener(click -> {
            append(new RatingCriterion(null, null, BigDecimal.ONE, DEFAULT_SCALE_MIN, DEFAULT_SCALE_MAX, Map.of()));
            renumber();
            onChange.run();
            rows.getLast().name.focus();
        });
        save.setText(getTranslation("roundEditor.criteria.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(lockedNotice, rowBox, error, new HorizontalLayout(addCriterion, save));
    }

    /** Shows copies of the stored criteria; read-only when {@code locked}. */
    void edit(List<RatingCriterion> stored, boolean locked, Runnable onChange) {
        this.locked = locked;
        this.onChange = onChange;
        rows.clear();
        rowBox.removeAll();
        stored.forEach(criterion -> append(new RatingCriterion(criterion.getName(), criterion.getDescription(),
                criterion.getWeight(), criterion.getScaleMin(), criterion.getScaleMax(), criterion.getAnchors())));
        renumber();
        lockedNotice.setVisible(locked);
        addCriterion.setVisible(!locked);
        save.setVisible(!locked);
        setInvalid(false);
    }

    private void append(RatingCriterion criterion) {
        var row = new CriterionRow(criterion, () -> onChange.run());
        row.remove.addClickListener(click -> {
            rows.remove(row);
            rowBox.remove(row);
            renumber();
            onChange.run();
        });
        row.moveUp.addClickListener(click -> move(row, -1));
        row.moveDown.addClickListener(click -> move(row, 1));
        row.setReadOnly(locked);
        rows.add(row);
        rowBox.add(row);
    }

    private void move(CriterionRow row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        rowBox.removeAll();
        rows.forEach(rowBox::add);
        renumber();
        onChange.run();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setPosition(i, rows.size());
        }
    }

    List<CriterionRow> rows() {
        return List.copyOf(rows);
    }

    /** The criteria in the order shown, as the service should store them. */
    List<RatingCriterion> criteria() {
        return rows.stream().map(CriterionRow::criterion).toList();
    }

    boolean validate() {
        boolean valid = true;
        for (var row : rows) {
            valid &= row.validate();
        }
        return valid;
    }

    /** The list itself under {@code criteria} and each row's fields as {@code criteria[2].name}. */
    Map<String, HasValidation> fieldsByProperty() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("criteria", this);
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "criteria[" + i + "].";
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
