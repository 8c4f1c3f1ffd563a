package org.npmportal.selection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.npmportal.selection.RatingCriterion;

/**
 * A short text per point of a criterion's scale ("1 — no monitoring experience"), one small field per
 * point, generated again when the scale changes. Texts typed for a point are kept while the organiser
 * widens or narrows the scale, so that trying a scale loses nothing.
 */
class AnchorFields extends Div implements HasValidation {

    /** Scales with more points than this (such as 0–100) offer texts for both ends only. */
    static final int MAX_POINTS_WITH_TEXT = 11;

    final Map<Integer, TextField> byPoint = new TreeMap<>();
    final Span hint = new Span();
    final Span error = new Span();

    private final Div fields = new Div();
    private final Map<Integer, String> texts = new HashMap<>();
    private boolean readOnly;
    private Runnable onChange = () -> { };

    AnchorFields() {
        addClassName("anchor-fields");
        fields.addClassName("anchor-fields-points");
        hint.addClassName("anchor-fields-hint");
        error.addClassName("selection-field-error");
        error.setVisible(false);
        add(hint, fields, error);
    }

    void edit(Map<Integer, String> anchors, Integer scaleMin, Integer scaleMax, Runnable onChange) {
        texts.clear();
        texts.putAll(anchors);
        this.onChange = onChange;
        setScale(scaleMin, scaleMax);
    }

    void setScale(Integer scaleMin, Integer scaleMax) {
        byPoint.clear();
        fields.removeAll();
        boolean usable = scaleMin != null && scaleMax != null && scaleMin >= 0 && scaleMin < scaleMax
                && scaleMax <= RatingCriterion.SCALE_LIMIT;
        if (!usable) {
            hint.setText(getTranslation("roundEditor.criterion.anchors.needScale"));
            return;
        }
        boolean everyPoint = scaleMax - scaleMin + 1 <= MAX_POINTS_WITH_TEXT;
        hint.setText(getTranslation(everyPoint ? "roundEditor.criterion.anchors.help"
                : "roundEditor.criterion.anchors.endsOnly"));
        for (int point = scaleMin; point <= scaleMax; point++) {
            if (everyPoint || point == scaleMin || point == scaleMax) {
                fields.add(field(point));
            }
        }
    }

    private TextField field(int point) {
        var field = new TextField(String.valueOf(point));
        field.addClassName("anchor-field");
        field.setMaxLength(RatingCriterion.ANCHOR_MAX);
        field.setAriaLabel(getTranslation("roundEditor.criterion.anchor", point));
        field.setValue(texts.getOrDefault(point, ""));
        field.setReadOnly(readOnly);
        field.addValueChangeListener(change -> {
            texts.put(point, change.getValue());
            if (change.isFromClient()) {
                onChange.run();
            }
        });
        byPoint.put(point, field);
        return field;
    }

    /** The texts for the points of the scale as it is now; the service drops blank ones. */
    Map<Integer, String> texts() {
        Map<Integer, String> shown = new TreeMap<>();
        byPoint.forEach((point, field) -> shown.put(point, field.getValue()));
        return shown;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        byPoint.values().forEach(field -> field.setReadOnly(readOnly));
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
