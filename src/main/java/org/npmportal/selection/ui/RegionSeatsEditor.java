package org.npmportal.selection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.npmportal.directory.Region;

/**
 * Seats reserved for each of the 20 regions, one field per region, with their sum against the round's
 * total. It writes into the round's own map, leaving out regions with no seats.
 */
class RegionSeatsEditor extends VerticalLayout implements HasValidation {

    final Map<Long, IntegerField> seats = new LinkedHashMap<>();
    final Span sum = new Span();
    final Span error = new Span();

    private Map<Long, Integer> edited = new LinkedHashMap<>();
    private Integer total;
    private Runnable onChange = () -> { };

    RegionSeatsEditor(List<Region> regions) {
        addClassName("region-seats");
        setPadding(false);
        var grid = new FormLayout();
        grid.addClassName("region-seats-grid");
        grid.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4),
                new FormLayout.ResponsiveStep("70em", 5));
        for (Region region : regions) {
            var field = new IntegerField(region.name(getLocale()));
            field.addClassName("region-seats-field");
            field.setStepButtonsVisible(true);
            field.addValueChangeListener(change -> {
                write(region.getId(), change.getValue());
                if (change.isFromClient()) {
                    onChange.run();
                }
            });
            seats.put(region.getId(), field);
            grid.add(field);
        }
        sum.addClassName("region-seats-sum");
        sum.getElement().setAttribute("aria-live", "polite");
        error.addClassName("selection-field-error");
        error.setVisible(false);
        add(sum, error, grid);
    }

    /** Shows and edits {@code seatsByRegion}, the round's own map. */
    void edit(Map<Long, Integer> seatsByRegion, Integer totalSeats, boolean readOnly, Runnable onChange) {
        this.onChange = () -> { };
        this.edited = seatsByRegion;
        var shown = Map.copyOf(seatsByRegion);
        seats.forEach((regionId, field) -> {
            field.setValue(shown.get(regionId));
            field.setReadOnly(readOnly);
            field.setInvalid(false);
        });
        this.onChange = onChange;
        setInvalid(false);
        setTotal(totalSeats);
    }

    void setTotal(Integer totalSeats) {
        this.total = totalSeats;
        showSum();
    }

    private void write(long regionId, Integer value) {
        if (value == null || value == 0) {
            edited.remove(regionId);
        } else {
            edited.put(regionId, value);
        }
        showSum();
    }

    private void showSum() {
        int regional = seats.values().stream().map(IntegerField::getValue).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
        sum.setText(total == null ? getTranslation("roundEditor.seats.sumNoTotal", regional)
                : getTranslation("roundEditor.seats.sum", regional, total));
        sum.getElement().getClassList().set("region-seats-over", total != null && regional > total);
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
