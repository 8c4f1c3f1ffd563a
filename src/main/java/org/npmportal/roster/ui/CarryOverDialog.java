package org.npmportal.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Locale;
import org.npmportal.base.ui.Notifications;
import org.npmportal.roster.CarryOverResult;
import org.npmportal.roster.MemberFilter;
import org.npmportal.roster.MemberRow;
import org.npmportal.roster.MemberStatus;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;

/**
 * Starts next year's roster from this one: the organiser chooses who continues (everyone active, to begin
 * with) and they join the next roster from its first day, marked as returning.
 */
class CarryOverDialog extends Dialog {

    final Paragraph text = new Paragraph();
    final Grid<MemberRow> members = new Grid<>();
    final Span chosen = new Span();
    final Button carry = new Button();

    private final RosterService rosters;
    private final SerializableConsumer<CarryOverResult> onDone;
    private RosterOutline roster;

    CarryOverDialog(RosterService rosters, SerializableConsumer<CarryOverResult> onDone) {
        this.rosters = rosters;
        this.onDone = onDone;
        Locale locale = getLocale();
        setWidth("min(56rem, 100vw)");
        setHeight("min(44rem, 100vh)");
        members.setSelectionMode(Grid.SelectionMode.MULTI);
        members.addColumn(MemberRow::fullName).setHeader(getTranslation("roster.column.fullName")).setFlexGrow(1);
        members.addColumn(m -> m.regionName(locale)).setHeader(getTranslation("roster.column.region"))
                .setAutoWidth(true).setFlexGrow(0);
        members.addColumn(m -> getTranslation("roster.role." + m.role().name()))
                .setHeader(getTranslation("roster.column.role")).setAutoWidth(true).setFlexGrow(0);
        members.addColumn(m -> getTranslation("roster.status." + m.status().name()))
                .setHeader(getTranslation("roster.column.status")).setAutoWidth(true).setFlexGrow(0);
        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        members.addSelectionListener(change -> showChosen());
        members.setSizeFull();
        carry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        carry.addClickListener(click -> carry());
        add(text, members);
        getFooter().add(chosen, new Button(getTranslation("action.cancel"), click -> close()), carry);
    }

    void ask(RosterOutline from) {
        this.roster = from;
        setHeaderTitle(getTranslation("roster.carryOver.title", from.programme(), from.year() + 1));
        text.setText(getTranslation(from.nextId() == null ? "roster.carryOver.text" : "roster.carryOver.textExisting",
                from.title(), from.programme(), from.year() + 1));
        // A roster's members, bounded by its size (a few hundred at most), to choose from in one list.
        List<MemberRow> all = rosters.allMembers(from.id(), MemberFilter.all());
        members.setItems(all);
        members.deselectAll();
        all.stream().filter(m -> m.status() == MemberStatus.ACTIVE).forEach(members::select);
        showChosen();
        open();
    }

    private void showChosen() {
        int count = members.getSelectedItems().size();
        chosen.setText(getTranslation("roster.carryOver.chosen", count));
        carry.setText(getTranslation("roster.carryOver.confirm", count));
    }

    private void carry() {
        var result = rosters.carryOver(roster.id(), members.getSelectedItems().stream().map(MemberRow::id).toList());
        close();
        Notifications.success(getTranslation("roster.carryOver.done", result.carried(), result.rosterTitle(),
                result.alreadyOnRoster()));
        onDone.accept(result);
    }
}
