package org.npmportal.seminar.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.npmportal.seminar.AgendaSession;

/**
 * The agenda, one row per item in time order. A new item starts where the previous one ended (or at
 * the seminar's start), so that a day's programme is typed top to bottom without touching the clock.
 */
class AgendaEditor extends SeminarFormList<AgendaSession, AgendaRow> {

    /** A seminar longer than this is a typo in its end date; the day list would only get in the way. */
    private static final int MAX_DAYS = 31;

    final Span needsDates = new Span();

    private List<LocalDate> days = List.of();
    private LocalDateTime seminarStart;

    AgendaEditor() {
        super("seminarEditor.agenda.add");
        addItem.setEnabled(false);
        needsDates.setText(getTranslation("seminar.session.needsDates"));
        needsDates.addClassName("seminar-form-list-label");
        add(needsDates);
    }

    /** Follows the seminar's start and end: the days offered, and whether items can be added yet. */
    void setSeminarTimes(LocalDateTime startsAt, LocalDateTime endsAt) {
        this.seminarStart = startsAt;
        this.days = days(startsAt, endsAt);
        addItem.setEnabled(!days.isEmpty());
        needsDates.setVisible(days.isEmpty());
        rows().forEach(row -> row.setSeminarDays(days));
    }

    @Override
    protected AgendaSession newItem(List<AgendaSession> existing) {
        LocalDateTime from = existing.isEmpty() ? null : existing.getLast().getEndsAt();
        if (from == null) {
            LocalTime time = seminarStart == null ? LocalTime.of(9, 0) : seminarStart.toLocalTime();
            from = LocalDateTime.of(days.getFirst(), time);
        }
        LocalDateTime to = from.plusHours(1);
        if (!to.toLocalDate().equals(from.toLocalDate())) {
            to = from.toLocalDate().atTime(LocalTime.of(23, 59));
        }
        return new AgendaSession(from, to, null, null, null);
    }

    @Override
    protected AgendaRow createRow(AgendaSession session, Runnable onChange) {
        return new AgendaRow(session, days, onChange);
    }

    static List<LocalDate> days(LocalDateTime startsAt, LocalDateTime endsAt) {
        if (startsAt == null || endsAt == null) {
            return List.of();
        }
        LocalDate first = startsAt.toLocalDate();
        LocalDate last = endsAt.toLocalDate();
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last) && result.size() < MAX_DAYS; d = d.plusDays(1)) {
            result.add(d);
        }
        if (result.isEmpty()) {
            result.add(first);
        }
        return List.copyOf(result);
    }

    static String formatDay(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(date);
    }
}
