package org.npmportal.selection.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.npmportal.selection.MemberRow;
import org.npmportal.selection.RatingCriterion;
import org.npmportal.selection.SelectionRound;

/** What a commission member reads about a round: its details, the criteria with their scales, and the commission. */
class RoundOverview extends VerticalLayout {

    final Div facts = new Div();
    final Paragraph description = new Paragraph();
    final Div criteria = new Div();
    final UnorderedList commission = new UnorderedList();

    RoundOverview() {
        addClassName("round-overview");
        setPadding(false);
        facts.addClassName("round-overview-facts");
        criteria.addClassName("round-overview-criteria");
        add(facts, description, new H3(getTranslation("roundEditor.section.criteria")), criteria,
                new H3(getTranslation("roundEditor.section.commission")), commission);
    }

    void show(SelectionRound round, List<MemberRow> members) {
        facts.removeAll();
        fact("roundEditor.programme", round.getProgramme() + " " + round.getYear());
        fact("roundEditor.applications",
                PhaseBadge.window(round.getApplicationsOpen(), round.getApplicationsClose(), getLocale()));
        fact("roundEditor.totalSeats", String.valueOf(round.getTotalSeats()));
        fact("roundEditor.minimumRatings", String.valueOf(round.getMinimumRatings()));
        fact("roundEditor.blindRating", getTranslation(round.isBlindRating() ? "roundEditor.yes" : "roundEditor.no"));
        fact("roundEditor.scoresAfterSubmit",
                getTranslation(round.isScoresAfterSubmit() ? "roundEditor.yes" : "roundEditor.no"));
        description.setText(round.getDescription() == null ? "" : round.getDescription());
        description.setVisible(round.getDescription() != null);

        criteria.removeAll();
        if (round.getCriteria().isEmpty()) {
            criteria.add(new Paragraph(getTranslation("roundEditor.criteria.none")));
        }
        round.getCriteria().forEach(criterion -> criteria.add(criterion(criterion)));

        commission.removeAll();
        members.forEach(member -> commission.add(new ListItem(member.chair()
                ? getTranslation("roundEditor.commission.chairName", member.fullName())
                : member.fullName())));
    }

    private void fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("round-overview-label");
        var row = new Div(label, new Span(value));
        row.addClassName("round-overview-fact");
        facts.add(row);
    }

    private Div criterion(RatingCriterion criterion) {
        var heading = new H4(criterion.getName());
        var scale = new Span(getTranslation("roundEditor.criterion.summary",
                criterion.getWeight().stripTrailingZeros().toPlainString(), criterion.getScaleMin(),
                criterion.getScaleMax()));
        scale.addClassName("round-overview-scale");
        var box = new Div(heading, scale);
        if (criterion.getDescription() != null) {
            box.add(new Paragraph(criterion.getDescription()));
        }
        if (!criterion.getAnchors().isEmpty()) {
            var anchors = new UnorderedList();
            criterion.getAnchors().forEach((point, text) -> anchors.add(new ListItem(point + " — " + text)));
            box.add(anchors);
        }
        box.addClassName("round-overview-criterion");
        return box;
    }
}
