package org.npmportal.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.npmportal.selection.CandidateHistory;
import org.npmportal.selection.CandidateFile;
import org.npmportal.selection.QueueItem;
import org.npmportal.selection.RatingCriterion;

/**
 * The right side of the rating screen: for the chosen candidate first the declaration of a conflict of
 * interest, then the file and one row per criterion. What it shows is decided by the view; in a blind round
 * it never receives, and never shows, what identifies the person.
 */
class CandidatePanel extends VerticalLayout {

    private static final String ROSTER_ROLE = "ratingView.history.role.";
    private static final String ROSTER_STATUS = "ratingView.history.status.";

    static final int REASON_MAX = 1000;

    final Paragraph nothingChosen = new Paragraph();
    final H3 heading = new H3();
    final Span region = new Span();

    final Div gate = new Div();
    final Button noConflict = new Button();
    final TextArea reason = new TextArea();
    final Button conflict = new Button();

    final Div recused = new Div();

    final Div file = new Div();
    final Anchor cv = new Anchor();
    final Div scoring = new Div();
    final List<CriterionScoring> criteria = new ArrayList<>();

    final Button next = new Button();

    CandidatePanel() {
        addClassName("candidate-panel");
        nothingChosen.setText(getTranslation("ratingView.choose"));
        heading.addClassName("candidate-panel-heading");
        region.addClassName("candidate-panel-region");

        var gateText = new Paragraph(getTranslation("ratingView.declare.text"));
        noConflict.setText(getTranslation("ratingView.declare.none"));
        noConflict.setIcon(VaadinIcon.CHECK.create());
        noConflict.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reason.setLabel(getTranslation("ratingView.declare.reason"));
        reason.setHelperText(getTranslation("ratingView.declare.reason.help"));
        reason.setMaxLength(REASON_MAX);
        reason.setWidthFull();
        conflict.setText(getTranslation("ratingView.declare.conflict"));
        conflict.setIcon(VaadinIcon.BAN.create());
        conflict.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var conflictRow = new VerticalLayout(reason, conflict);
        conflictRow.setPadding(false);
        gate.add(gateText, noConflict, conflictRow);
        gate.addClassName("candidate-panel-gate");

        recused.setText(getTranslation("selection.declaration.recused"));
        recused.addClassName("selection-notice");

        file.addClassName("candidate-panel-file");
        cv.setText(getTranslation("ratingView.file.cv"));
        scoring.addClassName("candidate-panel-scoring");

        next.setText(getTranslation("ratingView.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.setTooltipText(getTranslation("ratingView.next.keys"));
        var foot = new HorizontalLayout(next);
        foot.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        foot.setWidthFull();

        add(nothingChosen, heading, region, gate, recused, file, scoring, foot);
        showNothing();
    }

    void showNothing() {
        nothingChosen.setVisible(true);
        heading.setVisible(false);
        region.setVisible(false);
        gate.setVisible(false);
        recused.setVisible(false);
        file.setVisible(false);
        scoring.setVisible(false);
        next.setVisible(false);
    }

    private void showCandidate(QueueItem item, String regionName) {
        nothingChosen.setVisible(false);
        heading.setVisible(true);
        heading.setText(item.fullName() == null ? item.code() : item.code() + " — " + item.fullName());
        region.setVisible(true);
        region.setText(regionName);
        next.setVisible(true);
        criteria.clear();
        scoring.removeAll();
        file.removeAll();
    }

    /** Asks for the declaration; the buttons work only while rating is open. */
    void showGate(QueueItem item, String regionName, boolean ratingOpen) {
        showCandidate(item, regionName);
        gate.setVisible(true);
        reason.clear();
        reason.setInvalid(false);
        noConflict.setEnabled(ratingOpen);
        conflict.setEnabled(ratingOpen);
        reason.setReadOnly(!ratingOpen);
        recused.setVisible(false);
        file.setVisible(false);
        scoring.setVisible(false);
    }

    void showRecused(QueueItem item, String regionName) {
        showCandidate(item, regionName);
        gate.setVisible(false);
        recused.setVisible(true);
        file.setVisible(false);
        scoring.setVisible(false);
    }

    /**
     * The file and a row per criterion. {@code blind} leaves out the person's name, organisation and contacts
     * even if they were given, because nothing identifying may reach a blind rater's screen.
     */
    void showFile(QueueItem item, CandidateFile candidate, CandidateHistory history, DownloadHandler cvFile,
            String regionName,
            Function<Long, String> regionNames, boolean blind, List<RatingCriterion> roundCriteria,
            CriterionScoring.Saver saver, CriterionScoring.Explainer explainer, Runnable afterSave) {
        showCandidate(item, regionName);
        gate.setVisible(false);
        recused.setVisible(false);
        file.setVisible(true);
        scoring.setVisible(true);

        fact("ratingView.file.code", candidate.code());
        if (!blind) {
            fact("ratingView.file.fullName", candidate.fullName());
            fact("ratingView.file.organisation", candidate.organisation());
            fact("ratingView.file.email", candidate.email());
            fact("ratingView.file.phone", candidate.phone());
        }
        fact("ratingView.file.region", regionName);
        fact("ratingView.file.languages", candidate.languages());
        text("ratingView.file.experience", candidate.experience());
        text("ratingView.file.motivation", candidate.motivation());
        if (candidate.cvAvailable() && !blind) {
            cv.setHref(cvFile, AttachmentType.DOWNLOAD);
            file.add(cv);
        }
        showHistory(history, regionNames);

        for (var criterion : roundCriteria) {
            var row = new CriterionScoring(criterion, candidate.myScores().get(criterion.getId()),
                    candidate.otherScores().stream().filter(other -> other.criterionId() == criterion.getId())
                            .toList(),
                    candidate.editable(), saver, explainer, afterSave);
            criteria.add(row);
            scoring.add(row);
        }
    }

    /** Earlier rosters and the portal's seminars the candidate attended, or that the portal knows of neither. */
    private void showHistory(CandidateHistory history, Function<Long, String> regionNames) {
        var label = new Span(getTranslation("ratingView.history"));
        label.addClassName("candidate-panel-label");
        var block = new Div(label);
        block.addClassName("candidate-panel-block");
        block.addClassName("candidate-history");
        if (history.isEmpty()) {
            block.add(new Paragraph(getTranslation("ratingView.history.none")));
        }
        for (var roster : history.rosters()) {
            block.add(new Paragraph(getTranslation("ratingView.history.roster", roster.rosterTitle(),
                    getTranslation(ROSTER_ROLE + roster.role()), regionNames.apply(roster.regionId()),
                    getTranslation(ROSTER_STATUS + roster.status()))));
        }
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (var seminar : history.seminars()) {
            String line = getTranslation("ratingView.history.seminar", seminar.title(), seminar.city(),
                    dates.format(seminar.firstDay()), dates.format(seminar.lastDay()), seminar.daysAttended(),
                    seminar.days());
            block.add(new Paragraph(seminar.certificate()
                    ? line + " " + getTranslation("ratingView.history.certificate") : line));
        }
        file.add(block);
    }

    private void fact(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var label = new Span(getTranslation(labelKey));
        label.addClassName("candidate-panel-label");
        var row = new Div(label, new Span(value));
        row.addClassName("candidate-panel-fact");
        file.add(row);
    }

    private void text(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var label = new Span(getTranslation(labelKey));
        label.addClassName("candidate-panel-label");
        var body = new Paragraph(value);
        body.addClassName("candidate-panel-text");
        var block = new Div(label, body);
        block.addClassName("candidate-panel-block");
        file.add(block);
    }

    /** How many criteria have a stored score, for the list's badge. */
    int scored() {
        return (int) criteria.stream().filter(CriterionScoring::scored).count();
    }
}
