package org.npmportal.seminar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.npmportal.seminar.SeminarTrainer;
import org.npmportal.seminar.TrainerKind;

/** One trainer or speaker as named on the programme. */
class TrainerRow extends SeminarFormRow<SeminarTrainer> {

    final TextField name = new TextField();
    final TextField affiliation = new TextField();
    final Select<TrainerKind> kind = new Select<>();

    TrainerRow(SeminarTrainer trainer, Runnable onChange) {
        super(SeminarTrainer.class, trainer);
        name.setLabel(getTranslation("seminarEditor.trainer.name"));
        name.setMaxLength(SeminarTrainer.NAME_MAX);
        name.addClassName("seminar-form-flexible");
        affiliation.setLabel(getTranslation("seminarEditor.trainer.affiliation"));
        affiliation.setMaxLength(SeminarTrainer.AFFILIATION_MAX);
        affiliation.addClassName("seminar-form-wide");
        kind.setLabel(getTranslation("seminarEditor.trainer.kind"));
        kind.setItems(TrainerKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("seminar.trainerKind." + value.name()));
        binder.forField(name).withNullRepresentation("").bind("name");
        name.setRequiredIndicatorVisible(true);
        binder.forField(affiliation).withNullRepresentation("").bind("affiliation");
        binder.forField(kind).bind("kind");
        add(name, affiliation, kind, removeItem);
        bindAndShow(onChange);
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("name", name, "affiliation", affiliation, "kind", kind);
    }
}
