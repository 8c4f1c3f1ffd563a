package org.npmportal.selection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.npmportal.security.StaffMember;
import org.npmportal.selection.MemberRow;

/** Who sits on the round's commission, chosen among users with the commission role, and which of them chairs it. */
class CommissionEditor extends VerticalLayout {

    final MultiSelectComboBox<StaffMember> members = new MultiSelectComboBox<>();
    final RadioButtonGroup<StaffMember> chair = new RadioButtonGroup<>();
    final Button save = new Button();

    private Runnable onChange = () -> { };

    CommissionEditor() {
        addClassName("commission-editor");
        setPadding(false);
        members.setLabel(getTranslation("roundEditor.commission.members"));
        members.setHelperText(getTranslation("roundEditor.commission.members.help"));
        members.setItemLabelGenerator(CommissionEditor::label);
        members.setWidthFull();
        members.addValueChangeListener(change -> {
            followMembers();
            if (change.isFromClient()) {
                onChange.run();
            }
        });
        chair.setLabel(getTranslation("roundEditor.commission.chair"));
        chair.setItemLabelGenerator(CommissionEditor::label);
        chair.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onChange.run();
            }
        });
        save.setText(getTranslation("roundEditor.commission.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(members, chair, save);
    }

    /**
     * Offers the eligible users and shows the current commission. A member who has since lost the commission
     * role stays listed, so that saving names them and the service explains why they cannot stay.
     */
    void edit(List<StaffMember> eligible, List<MemberRow> current, boolean readOnly, Runnable onChange) {
        this.onChange = () -> { };
        Map<Long, StaffMember> choices = new LinkedHashMap<>();
        eligible.forEach(user -> choices.put(user.id(), user));
        current.forEach(row -> choices.putIfAbsent(row.userId(),
                new StaffMember(row.userId(), row.username(), row.fullName(), null)));
        members.setItems(choices.values());
        members.setValue(current.stream().map(row -> choices.get(row.userId())).collect(Collectors.toSet()));
        chair.setValue(current.stream().filter(MemberRow::chair).map(row -> choices.get(row.userId())).findFirst()
                .orElse(null));
        members.setReadOnly(readOnly);
        chair.setReadOnly(readOnly);
        save.setVisible(!readOnly);
        members.setInvalid(false);
        chair.setInvalid(false);
        this.onChange = onChange;
    }

    /** The chair is chosen among the members as selected now. */
    private void followMembers() {
        StaffMember chosen = chair.getValue();
        List<StaffMember> selected = new ArrayList<>(members.getValue());
        selected.sort(Comparator.comparing(StaffMember::fullName));
        chair.setItems(selected);
        chair.setValue(selected.contains(chosen) ? chosen : selected.size() == 1 ? selected.getFirst() : null);
    }

    Set<Long> memberIds() {
        return members.getValue().stream().map(StaffMember::id).collect(Collectors.toSet());
    }

    Long chairId() {
        return chair.getValue() == null ? null : chair.getValue().id();
    }

    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("members", members, "chair", chair);
    }

    static String label(StaffMember user) {
        return user.fullName() + " (" + user.username() + ")";
    }
}
