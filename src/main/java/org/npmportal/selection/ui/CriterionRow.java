package org.npmportal.selection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.npmportal.selection.RatingCriterion;

/**
 * One criterion in the organiser's editor: name, description, weight, scale and a text per point. It edits
 * a copy of the stored criterion, because the service replaces all criteria at once.
 */
class CriterionRow extends VerticalLayout {

    final Span number = new Span();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final BigDecimalField weight = new BigDecimalField();
    final IntegerField scaleMin = new IntegerField();
    final IntegerField scaleMax = new IntegerField();
    final AnchorFields anchors = new AnchorFields();
    final Button moveUp = new Button(VaadinIcon.ARROW_UP.create());
    final Button moveDown = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    private final RatingCriterion criterion;
    private final TranslatedBeanValidationBinder<RatingCriterion> binder =
            new TranslatedBeanValidationBinder<>(RatingCriterion.class, this);

    CriterionRow(RatingCriterion criterion, Runnable onChange) {
        this.criterion = criterion;
        addClassName("criterion-row");
        setPadding(false);
        setSpacing(false);

        number.addClassName("criterion-row-number");
        name.setLabel(getTranslation("roundEditor.criterion.name"));
        name.setMaxLength(RatingCriterion.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("roundEditor.criterion.description"));
        description.setMaxLength(RatingCriterion.DESCRIPTION_MAX);
        weight.setLabel(getTranslation("roundEditor.criterion.weight"));
        weight.setRequiredIndicatorVisible(true);
        scaleMin.setLabel(getTranslation("roundEditor.criterion.scaleMin"));
        scaleMin.setRequiredIndicatorVisible(true);
        scaleMax.setLabel(getTranslation("roundEditor.criterion.scaleMax"));
        scaleMax.setRequiredIndicatorVisible(true);
        for (var button : new Button[] {moveUp, moveDown, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        label(moveUp, "roundEditor.criterion.moveUp");
        label(moveDown, "roundEditor.criterion.moveDown");
        label(remove, "roundEditor.criterion.remove");

        binder.forField(name).withNullRepresentation("").bind("name");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(weight).bind("weight");
        binder.forField(scaleMin).bind("scaleMin");
        binder.forField(scaleMax).bind("scaleMax");
        binder.setBean(criterion);
        anchors.edit(criterion.getAnchors(), criterion.getScaleMin(), criterion.getScaleMax(), onChange);
        scaleMin.addValueChangeListener(change -> anchors.setScale(scaleMin.getValue(), scaleMax.getValue()));
        scaleMax.addValueChangeListener(change -> anchors.setScale(scaleMin.getValue(), scaleMax.getValue()));
        binder.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onChange.run();
            }
        });

        var head = new HorizontalLayout(number, moveUp, moveDown, remove);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setSpacing(false);
        head.addClassName("criterion-row-head");
        var fields = new FormLayout(name, weight, scaleMin, scaleMax, description);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        fields.setColspan(name, 2);
        fields.setColspan(description, 4);
        add(head, fields, anchors);
    }

    private void label(Button button, String key) {
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
    }

    void setPosition(int index, int count) {
        number.setText(getTranslation("roundEditor.criterion.number", index + 1));
        moveUp.setEnabled(index > 0);
        moveDown.setEnabled(index < count - 1);
    }

    /** The criterion as edited, with the texts for the points of its current scale. */
    RatingCriterion criterion() {
        criterion.setAnchors(anchors.texts());
        return criterion;
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        anchors.setReadOnly(readOnly);
        moveUp.setVisible(!readOnly);
        moveDown.setVisible(!readOnly);
        remove.setVisible(!readOnly);
    }

    /** The row's fields by the criterion's property names, as the service reports its problems. */
    Map<String, HasValidation> fieldsByProperty() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("weight", weight);
        fields.put("scaleMin", scaleMin);
        fields.put("scaleMax", scaleMax);
        fields.put("anchors", anchors);
        return fields;
    }
}
