package org.npmportal.selection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.selection.CandidateFile;
import org.npmportal.selection.RatingCriterion;

/**
 * One criterion on the rating screen: its name and description, a choice over the points of its scale with
 * the anchor texts, and an optional comment. Every change is saved at once; a refused change is explained
 * on the control, which goes back to what is stored.
 */
class CriterionScoring extends VerticalLayout {

    /** Up to this many points the scale is offered as radio buttons; wider scales (0–100) as a number. */
    static final int MAX_RADIO_POINTS = 11;
    static final int COMMENT_MAX = 1000;
    private static final Key[] DIGITS = {Key.DIGIT_0, Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4,
        Key.DIGIT_5, Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};
    private static final Key[] NUMPAD = {Key.NUMPAD_0, Key.NUMPAD_1, Key.NUMPAD_2, Key.NUMPAD_3, Key.NUMPAD_4,
        Key.NUMPAD_5, Key.NUMPAD_6, Key.NUMPAD_7, Key.NUMPAD_8, Key.NUMPAD_9};

    /** Saves one score and its comment; throws what the service throws. */
    @FunctionalInterface
    interface Saver {
        void save(long criterionId, Integer value, String comment);
    }

    /** Words any failure for the rater, in their language. */
    @FunctionalInterface
    interface Explainer {
        String explain(RuntimeException failure);
    }

    final RatingCriterion criterion;
    final RadioButtonGroup<Integer> points;
    final IntegerField number;
    final TextField comment = new TextField();
    final Span saved = new Span();
    final Div others = new Div();

    private final HasValue<?, Integer> input;
    private final HasValidation inputValidation;
    private final Saver saver;
    private final Explainer explainer;
    private final Runnable afterSave;
    private Integer storedValue;
    private String storedComment;
    private boolean editable;

    CriterionScoring(RatingCriterion criterion, CandidateFile.GivenScore mine, List<CandidateFile.OtherScore> otherScores,
            boolean editable, Saver saver, Explainer explainer, Runnable afterSave) {
        this.criterion = criterion;
        this.saver = saver;
        this.explainer = explainer;
        this.afterSave = afterSave;
        this.editable = editable;
        this.storedValue = mine == null ? null : mine.value();
        this.storedComment = mine == null ? null : mine.comment();
        addClassName("criterion-scoring");
        setPadding(false);
        setSpacing(false);

        var heading = new H4(criterion.getName());
        heading.addClassName("criterion-scoring-name");
        add(heading);
        if (criterion.getDescription() != null) {
            var description = new Paragraph(criterion.getDescription());
            description.addClassName("criterion-scoring-description");
            add(description);
        }

        int scaleMin = criterion.getScaleMin();
        int scaleMax = criterion.getScaleMax();
        if (scaleMax - scaleMin + 1 <= MAX_RADIO_POINTS) {
            points = new RadioButtonGroup<>();
            points.setItems(IntStream.rangeClosed(scaleMin, scaleMax).boxed().toList());
            points.setItemLabelGenerator(this::pointLabel);
            points.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            points.setAriaLabel(criterion.getName());
            points.setHelperText(getTranslation("ratingView.keys.points"));
            number = null;
            input = points;
            inputValidation = points;
            for (int point = Math.max(scaleMin, 0); point <= Math.min(scaleMax, 9); point++) {
                int chosen = point;
                Shortcuts.addShortcutListener(points, () -> choose(chosen), DIGITS[point]).listenOn(points);
                Shortcuts.addShortcutListener(points, () -> choose(chosen), NUMPAD[point]).listenOn(points);
            }
            add(points);
        } else {
            number = new IntegerField();
            number.setMin(scaleMin);
            number.setMax(scaleMax);
            number.setAriaLabel(criterion.getName());
            number.setHelperText(getTranslation("ratingView.scale", scaleMin, scaleMax));
            points = null;
            input = number;
            inputValidation = number;
            add(number);
            if (!criterion.getAnchors().isEmpty()) {
                var anchors = new UnorderedList();
                criterion.getAnchors().forEach((point, text) -> anchors.add(new ListItem(point + " — " + text)));
                add(anchors);
            }
        }
        input.setValue(storedValue);
        input.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save();
            }
        });

        comment.setLabel(getTranslation("ratingView.comment"));
        comment.setMaxLength(COMMENT_MAX);
        comment.setWidthFull();
        comment.setValue(storedComment == null ? "" : storedComment);
        comment.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save();
            }
        });
        saved.addClassName("criterion-scoring-saved");
        saved.getElement().setAttribute("role", "status");
        others.addClassName("criterion-scoring-others");
        showOthers(otherScores);
        setEditable(editable);
        add(comment, saved, others);
    }

    private String pointLabel(int point) {
        String anchor = criterion.getAnchors().get(point);
        return anchor == null ? String.valueOf(point) : point + " — " + anchor;
    }

    /** A number key pressed while the scale has focus: the same as clicking that point. */
    private void choose(int point) {
        if (!editable || Objects.equals(input.getValue(), point)) {
            return;
        }
        input.setValue(point);
        save();
    }

    private void save() {
        Integer value = input.getValue();
        String text = comment.getValue();
        try {
            saver.save(criterion.getId(), value, text);
        } catch (RuntimeException failure) {
            boolean onComment = failure instanceof InvalidInputException invalid
                    && invalid.problems().stream().map(FieldProblem::field).anyMatch("comment"::equals);
            HasValidation target = onComment ? comment : inputValidation;
            clearErrors();
            target.setErrorMessage(explainer.explain(failure));
            target.setInvalid(true);
            saved.setText("");
            input.setValue(storedValue);
            comment.setValue(storedComment == null ? "" : storedComment);
            return;
        }
        storedValue = value;
        storedComment = text == null || text.isBlank() ? null : text.strip();
        clearErrors();
        saved.setText(getTranslation("ratingView.saved"));
        afterSave.run();
    }

    private void clearErrors() {
        inputValidation.setInvalid(false);
        inputValidation.setErrorMessage(null);
        comment.setInvalid(false);
        comment.setErrorMessage(null);
    }

    private void showOthers(List<CandidateFile.OtherScore> otherScores) {
        others.removeAll();
        others.setVisible(!otherScores.isEmpty());
        if (otherScores.isEmpty()) {
            return;
        }
        var title = new Span(getTranslation("ratingView.others"));
        title.addClassName("criterion-scoring-others-title");
        var list = new UnorderedList();
        otherScores.forEach(other -> list.add(new ListItem(other.comment() == null
                ? getTranslation("ratingView.other", other.rater(), other.value())
                : getTranslation("ratingView.otherWithComment", other.rater(), other.value(), other.comment()))));
        others.add(title, list);
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        input.setReadOnly(!editable);
        comment.setReadOnly(!editable);
    }

    /** Whether a score is stored for this criterion. */
    boolean scored() {
        return storedValue != null;
    }
}
