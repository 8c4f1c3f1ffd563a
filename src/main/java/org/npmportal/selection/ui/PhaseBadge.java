package org.npmportal.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.npmportal.selection.RoundPhase;

/** How the selection screens show a round's phase and its application window. */
final class PhaseBadge {

    static final String PHASE = "selection.phase.";

    private PhaseBadge() {
    }

    static Badge of(RoundPhase phase, Component translator) {
        var badge = new Badge();
        show(badge, phase, translator);
        return badge;
    }

    static void show(Badge badge, RoundPhase phase, Component translator) {
        badge.setText(translator.getTranslation(PHASE + phase.name()));
        badge.removeThemeVariants(BadgeVariant.values());
        switch (phase) {
            case DRAFT -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case RATING, DELIBERATION -> badge.addThemeVariants(BadgeVariant.WARNING);
            case DECIDED, PUBLISHED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case APPLICATIONS_OPEN -> { }
        }
        badge.addClassName("selection-phase");
    }

    /** "1 Mar 2015 – 31 Mar 2015", one end alone when only one is set, empty when neither is. */
    static String window(LocalDate open, LocalDate close, Locale locale) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String from = open == null ? "" : format.format(open);
        String to = close == null ? "" : format.format(close);
        return from.isEmpty() && to.isEmpty() ? "" : from + " – " + to;
    }
}
