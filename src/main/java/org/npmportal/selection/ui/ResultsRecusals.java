package org.npmportal.selection.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.npmportal.selection.DeclarationState;
import org.npmportal.selection.RecusalMatrix;

/**
 * The recusal matrix for organisers and the chair: candidates down, commission members across, each
 * declared conflict highlighted with its reason and time. Only candidates with a conflict are listed until
 * the reader asks for all.
 */
class ResultsRecusals extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Checkbox allCandidates = new Checkbox();
    final Grid<RecusalMatrix.Row> grid = new Grid<>();

    private final Locale locale;
    private RecusalMatrix matrix;

    ResultsRecusals(Locale locale) {
        this.locale = locale;
        setPadding(false);
        setSizeFull();
        allCandidates.setLabel(getTranslation("selectionResults.recusals.all"));
        allCandidates.addValueChangeListener(change -> showRows());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("selectionResults.recusals.none"));
        grid.setSizeFull();
        add(summary, allCandidates, grid);
    }

    void show(RecusalMatrix matrix, boolean identitiesHidden, ZoneId zone) {
        this.matrix = matrix;
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        summary.setText(getTranslation("selectionResults.recusals.summary", matrix.conflicts()));
        grid.removeAllColumns();
        grid.addColumn(RecusalMatrix.Row::code).setHeader(getTranslation("selectionResults.column.code"))
                .setKey("code").setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(RecusalMatrix.Row::fullName).setHeader(getTranslation("selectionResults.column.fullName"))
                .setKey("fullName").setWidth("12rem").setFlexGrow(1).setVisible(!identitiesHidden);
        for (var member : matrix.members()) {
            String header = member.chair()
                    ? getTranslation("selectionResults.recusals.chair", member.fullName())
                    : member.fullName();
            grid.addColumn(row -> cell(row.cell(member.memberId()), zone, when)).setHeader(header)
                    .setKey("member-" + member.memberId()).setWidth("12rem").setFlexGrow(1)
                    .setPartNameGenerator(row -> row.cell(member.memberId()).state() == DeclarationState.CONFLICT
                            ? "results-conflict" : null);
        }
        showRows();
    }

    private void showRows() {
        if (matrix == null) {
            return;
        }
        boolean all = allCandidates.getValue();
        grid.setItems(matrix.rows().stream()
                .filter(row -> all || row.cells().values().stream()
                        .anyMatch(cell -> cell.state() == DeclarationState.CONFLICT))
                .toList());
    }

    private String cell(RecusalMatrix.Cell cell, ZoneId zone, DateTimeFormatter when) {
        String state = getTranslation("selection.declarationState." + cell.state().name());
        if (cell.state() != DeclarationState.CONFLICT) {
            return state;
        }
        String time = cell.declaredAt() == null ? "" : when.format(cell.declaredAt().atZone(zone));
        return getTranslation("selectionResults.recusals.conflict", cell.reason() == null ? "" : cell.reason(), time);
    }
}
