package org.npmportal.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.npmportal.selection.CandidateBreakdown;
import org.npmportal.selection.CandidateFile;
import org.npmportal.selection.DeclarationState;
import org.npmportal.selection.ResultFigures;

/**
 * How one candidate's figures came about: each rater's score and comment per criterion, their total, a
 * recusal with its reason, and every change made to the scores (who, when, old and new value).
 */
class ResultsBreakdownDialog extends Dialog {

    /** A criterion as a column of the raters' table. */
    record Criterion(long id, String name, int scaleMin, int scaleMax) {
    }

    final Grid<CandidateBreakdown.Rater> raters = new Grid<>();
    final Grid<CandidateBreakdown.Change> history = new Grid<>();
    final Button close = new Button();

    private final Locale locale;
    private final H4 historyTitle = new H4();

    ResultsBreakdownDialog(Locale locale) {
        this.locale = locale;
        setWidth("min(72rem, 100vw)");
        setResizable(true);
        raters.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        raters.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("selectionResults.breakdown.noChanges"));
        historyTitle.setText(getTranslation("selectionResults.breakdown.history"));
        close.setText(getTranslation("selectionResults.dialog.close"));
        close.addClickListener(click -> close());
        add(raters, historyTitle, history);
        getFooter().add(close);
    }

    /**
     * @param shownAs the candidate as the reader may see them: code and name, or the code alone in a blind round
     */
    void show(CandidateBreakdown breakdown, String shownAs, List<Criterion> criteria, ZoneId zone) {
        setHeaderTitle(getTranslation("selectionResults.breakdown.title", shownAs));
        raters.removeAllColumns();
        raters.addColumn(CandidateBreakdown.Rater::name).setHeader(getTranslation("selectionResults.breakdown.rater"))
                .setKey("rater").setWidth("11rem").setFlexGrow(1);
        raters.addColumn(this::declaration).setHeader(getTranslation("selectionResults.breakdown.declaration"))
                .setKey("declaration").setWidth("12rem").setFlexGrow(1);
        for (var criterion : criteria) {
            raters.addColumn(new ComponentRenderer<>(rater -> score(rater, criterion)))
                    .setHeader(criterion.name() + " (" + criterion.scaleMin() + "–" + criterion.scaleMax() + ")")
                    .setKey("criterion-" + criterion.id()).setWidth("9rem").setFlexGrow(1);
        }
        raters.addColumn(rater -> ResultFigures.figure(rater.total(), locale))
                .setHeader(getTranslation("selectionResults.breakdown.total")).setKey("total")
                .setAutoWidth(true).setFlexGrow(0);
        raters.setItems(breakdown.raters());

        history.removeAllColumns();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        history.addColumn(change -> time(change.changedAt(), zone, when))
                .setHeader(getTranslation("selectionResults.breakdown.when")).setKey("when").setAutoWidth(true);
        history.addColumn(CandidateBreakdown.Change::rater)
                .setHeader(getTranslation("selectionResults.breakdown.rater")).setKey("rater");
        history.addColumn(CandidateBreakdown.Change::criterion)
                .setHeader(getTranslation("selectionResults.breakdown.criterion")).setKey("criterion");
        history.addColumn(change -> value(change.oldScore()) + " → " + value(change.newScore()))
                .setHeader(getTranslation("selectionResults.breakdown.change")).setKey("change").setAutoWidth(true);
        history.addColumn(this::commentChange)
                .setHeader(getTranslation("selectionResults.breakdown.comment")).setKey("comment").setFlexGrow(2);
        history.addColumn(CandidateBreakdown.Change::changedBy)
                .setHeader(getTranslation("selectionResults.breakdown.by")).setKey("by").setAutoWidth(true);
        history.setItems(breakdown.changes());
        open();
    }

    private String declaration(CandidateBreakdown.Rater rater) {
        String state = getTranslation("selection.declarationState." + rater.declaration().name());
        return rater.declaration() == DeclarationState.CONFLICT && rater.conflictReason() != null
                ? state + ": " + rater.conflictReason()
                : state;
    }

    private Div score(CandidateBreakdown.Rater rater, Criterion criterion) {
        var cell = new Div();
        CandidateFile.GivenScore given = rater.scores().get(criterion.id());
        if (given == null) {
            cell.add(new Span(ResultFigures.NO_FIGURE));
            return cell;
        }
        var value = new Span(String.valueOf(given.value()));
        value.addClassName("results-score");
        cell.add(value);
        if (given.comment() != null) {
            var comment = new Div(given.comment());
            comment.addClassName("results-comment");
            cell.add(comment);
        }
        return cell;
    }

    private String commentChange(CandidateBreakdown.Change change) {
        if (Objects.equals(change.oldComment(), change.newComment())) {
            return "";
        }
        return value(change.oldComment()) + " → " + value(change.newComment());
    }

    private static String value(Object value) {
        return value == null ? ResultFigures.NO_FIGURE : value.toString();
    }

    private static String time(Instant instant, ZoneId zone, DateTimeFormatter format) {
        return instant == null ? "" : format.format(instant.atZone(zone));
    }
}
