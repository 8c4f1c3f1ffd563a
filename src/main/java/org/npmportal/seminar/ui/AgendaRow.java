package org.npmportal.seminar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.npmportal.seminar.AgendaSession;

/**
 * One agenda item: the day is chosen among the seminar's days and the times are typed, which is
 * quicker than a full date and time for each item.
 */
class AgendaRow extends SeminarFormRow<AgendaSession> {

    final Select<LocalDate> day = new Select<>();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField title = new TextField();
    final TextField speaker = new TextField();
    final TextField room = new TextField();

    private List<LocalDate> seminarDays = List.of();

    AgendaRow(AgendaSession session, List<LocalDate> seminarDays, Runnable onChange) {
        super(AgendaSession.class, session);
        day.setLabel(getTranslation("seminarEditor.agenda.day"));
        day.setItemLabelGenerator(this::dayLabel);
        day.addClassName("agenda-day");
        start.setLabel(getTranslation("seminarEditor.agenda.start"));
        start.setStep(Duration.ofMinutes(15));
        start.addClassName("agenda-time");
        end.setLabel(getTranslation("seminarEditor.agenda.end"));
        end.setStep(Duration.ofMinutes(15));
        end.addClassName("agenda-time");
        title.setLabel(getTranslation("seminarEditor.agenda.title"));
        title.setMaxLength(AgendaSession.TITLE_MAX);
        title.addClassName("seminar-form-wide");
        speaker.setLabel(getTranslation("seminarEditor.agenda.speaker"));
        speaker.setMaxLength(AgendaSession.SPEAKER_MAX);
        speaker.addClassName("seminar-form-flexible");
        room.setLabel(getTranslation("seminarEditor.agenda.room"));
        room.setMaxLength(AgendaSession.ROOM_MAX);
        room.addClassName("agenda-room");
        setSeminarDays(seminarDays, session.getStartsAt() == null ? null : session.getStartsAt().toLocalDate());

        // Day and times write both instants from the fields together, so a change of day moves the item.
        binder.forField(day).asRequired(getTranslation("seminar.session.start.required"))
                .bind(s -> s.getStartsAt() == null ? null : s.getStartsAt().toLocalDate(), (s, d) -> writeTimes(s));
        binder.forField(start).asRequired(getTranslation("seminar.session.start.required"))
                .bind(s -> s.getStartsAt() == null ? null : s.getStartsAt().toLocalTime(), (s, t) -> writeTimes(s));
        binder.forField(end).asRequired(getTranslation("seminar.session.end.required"))
                .bind(s -> s.getEndsAt() == null ? null : s.getEndsAt().toLocalTime(), (s, t) -> writeTimes(s));
        binder.forField(title).withNullRepresentation("").bind("title");
        title.setRequiredIndicatorVisible(true);
        binder.forField(speaker).withNullRepresentation("").bind("speaker");
        binder.forField(room).withNullRepresentation("").bind("room");
        add(day, start, end, title, speaker, room, removeItem);
        bindAndShow(onChange);
    }

    private void writeTimes(AgendaSession session) {
        LocalDate date = day.getValue();
        if (date != null && start.getValue() != null) {
            session.setStartsAt(LocalDateTime.of(date, start.getValue()));
        }
        if (date != null && end.getValue() != null) {
            session.setEndsAt(LocalDateTime.of(date, end.getValue()));
        }
    }

    /**
     * Offers the seminar's days. A day that is no longer among them stays selectable, so that the
     * item keeps its date until the organiser moves it; the service then says it is outside the days.
     */
    void setSeminarDays(List<LocalDate> days, LocalDate current) {
        this.seminarDays = List.copyOf(days);
        List<LocalDate> choices = new ArrayList<>(days);
        if (current != null && !choices.contains(current)) {
            choices.add(current);
            choices.sort(null);
        }
        day.setItems(choices);
        day.setValue(current);
    }

    void setSeminarDays(List<LocalDate> days) {
        setSeminarDays(days, day.getValue());
    }

    private String dayLabel(LocalDate date) {
        String text = AgendaEditor.formatDay(date, getLocale());
        int index = seminarDays.indexOf(date);
        return index < 0 ? text : getTranslation("seminarEditor.agenda.dayLabel", index + 1, text);
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("startsAt", start, "endsAt", end, "title", title, "speaker", speaker, "room", room);
    }
}
