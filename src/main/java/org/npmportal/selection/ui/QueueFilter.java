package org.npmportal.selection.ui;

import org.npmportal.selection.DeclarationState;
import org.npmportal.selection.QueueItem;

/** Which of the rater's candidates the list shows. */
enum QueueFilter {
    ALL,
    /** Not declared yet, or declared and not fully scored. */
    TO_DO,
    DONE,
    RECUSED;

    static final String KEY = "ratingView.filter.";

    boolean accepts(QueueItem item) {
        return switch (this) {
            case ALL -> true;
            case TO_DO -> item.declaration() != DeclarationState.CONFLICT && !item.complete();
            case DONE -> item.complete();
            case RECUSED -> item.declaration() == DeclarationState.CONFLICT;
        };
    }
}
