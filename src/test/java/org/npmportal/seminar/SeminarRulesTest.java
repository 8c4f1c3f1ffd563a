package org.npmportal.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;

class SeminarRulesTest {

    private static final LocalDateTime START = LocalDateTime.of(2013, 11, 19, 9, 30);
    private static final LocalDateTime END = LocalDateTime.of(2013, 11, 20, 16, 30);

    @Test
    void a_complete_in_person_seminar_breaks_no_rule_and_may_be_published() {
        assertThat(SeminarRules.check(complete(), true)).isEmpty();
    }

    @Test
    void a_draft_may_lack_dates_venue_and_capacity_but_not_once_it_is_to_be_published() {
        var draft = new Seminar();
        draft.setTitle("Draft");

        assertThat(SeminarRules.check(draft, false)).isEmpty();
        assertThat(SeminarRules.check(draft, true)).extracting(FieldProblem::messageKey)
                .containsExactlyInAnyOrder("seminar.publish.startRequired", "seminar.publish.endRequired",
                        "seminar.publish.capacityRequired", "seminar.publish.venueOrLinkRequired",
                        "seminar.publish.cityRequired");
    }

    @Test
    void the_end_must_come_after_the_start() {
        var seminar = complete();
        seminar.getSessions().clear();
        seminar.setRegistrationCloses(null);
        seminar.setEndsAt(START);

        assertThat(SeminarRules.check(seminar, false))
                .containsExactly(new FieldProblem("endsAt", "seminar.end.notAfterStart"));
    }

    @Test
    void a_start_without_an_end_and_an_end_without_a_start_are_named_on_the_missing_field() {
        var onlyStart = complete();
        onlyStart.setEndsAt(null);
        onlyStart.getSessions().clear();
        var onlyEnd = complete();
        onlyEnd.setStartsAt(null);
        onlyEnd.getSessions().clear();

        assertThat(SeminarRules.check(onlyStart, false)).contains(new FieldProblem("endsAt", "seminar.end.required"));
        assertThat(SeminarRules.check(onlyEnd, false)).contains(new FieldProblem("startsAt", "seminar.start.required"));
    }

    @Test
    void the_capacity_must_fit_the_room_when_people_meet_in_it() {
        var seminar = complete();
        seminar.setCapacity(81);
        assertThat(SeminarRules.check(seminar, false))
                .containsExactly(new FieldProblem("capacity", "seminar.capacity.aboveRoom"));

        seminar.setFormat(SeminarFormat.ONLINE);
        seminar.setMeetingUrl("https://meet.example.org/x");
        assertThat(SeminarRules.check(seminar, false)).isEmpty();
    }

    @Test
    void registration_must_open_before_it_closes_and_close_before_the_seminar_ends() {
        var seminar = complete();
        seminar.setRegistrationOpens(END.minusDays(1));
        seminar.setRegistrationCloses(END.minusDays(2));
        assertThat(SeminarRules.check(seminar, false)).extracting(FieldProblem::messageKey)
                .containsExactly("seminar.registrationOpens.notBeforeClose");

        seminar.setRegistrationOpens(START.minusDays(10));
        seminar.setRegistrationCloses(END);
        assertThat(SeminarRules.check(seminar, false))
                .containsExactly(new FieldProblem("registrationCloses", "seminar.registrationCloses.notBeforeEnd"));
    }

    @Test
    void every_agenda_item_falls_on_the_seminars_days_and_ends_after_it_starts() {
        var seminar = complete();
        seminar.getSessions().add(new AgendaSession(END.plusDays(1), END.plusDays(1).plusHours(1), "Day three", null,
                null));
        assertThat(SeminarRules.check(seminar, false))
                .containsExactly(new FieldProblem("sessions", "seminar.session.outsideDays"));

        var backwards = complete();
        backwards.getSessions().add(new AgendaSession(START.plusHours(2), START.plusHours(1), "Backwards", null, null));
        assertThat(SeminarRules.check(backwards, false))
                .containsExactly(new FieldProblem("sessions", "seminar.session.endNotAfterStart"));
    }

    @Test
    void a_session_late_on_the_last_day_is_inside_the_seminars_days() {
        var seminar = complete();
        seminar.getSessions().add(new AgendaSession(END.withHour(17), END.withHour(18), "Reception", null, null));

        assertThat(SeminarRules.check(seminar, false)).isEmpty();
    }

    @Test
    void online_and_hybrid_seminars_need_a_meeting_link_to_be_published() {
        var hybrid = complete();
        hybrid.setFormat(SeminarFormat.HYBRID);
        assertThat(SeminarRules.check(hybrid, true))
                .containsExactly(new FieldProblem("meetingUrl", "seminar.publish.meetingUrlRequired"));

        var online = complete();
        online.setFormat(SeminarFormat.ONLINE);
        online.setVenueName(null);
        online.setMeetingUrl("https://meet.example.org/npm");
        assertThat(SeminarRules.check(online, true)).isEmpty();
    }

    @Test
    void an_unknown_time_zone_is_refused() {
        var seminar = complete();
        seminar.setTimeZone("Mars/Olympus_Mons");

        assertThat(SeminarRules.check(seminar, false))
                .containsExactly(new FieldProblem("timeZone", "seminar.timeZone.invalid"));
    }

    static Seminar complete() {
        var seminar = new Seminar();
        seminar.setTitle("Implementing the NPM");
        seminar.setCity("Astana");
        seminar.setVenueName("Conference hall");
        seminar.setRoomCapacity(80);
        seminar.setCapacity(60);
        seminar.setStartsAt(START);
        seminar.setEndsAt(END);
        seminar.setRegistrationOpens(START.minusDays(30));
        seminar.setRegistrationCloses(START.minusDays(2));
        seminar.getSessions().add(new AgendaSession(START, START.plusMinutes(30), "Opening", null, "Main hall"));
        seminar.getSessions().add(new AgendaSession(END.minusHours(1), END, "Conclusions", null, "Main hall"));
        return seminar;
    }
}
