package org.npmportal.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ClashDetectorTest {

    private static final LocalDateTime DAY1 = LocalDateTime.of(2026, 12, 7, 9, 30);

    @Test
    void the_same_venue_in_the_same_city_at_overlapping_times_is_a_clash() {
        var planned = seminar("Planned", "Almaty", "  Hotel  Kazakhstan ", DAY1, DAY1.plusHours(8));
        var other = seminar("Booked", "almaty", "hotel kazakhstan", DAY1.plusHours(4), DAY1.plusDays(1));

        assertThat(ClashDetector.clashes(planned, List.of(other)))
                .containsExactly(new Clash(Clash.Kind.VENUE, 2, "Booked", "hotel kazakhstan"));
    }

    @Test
    void the_same_venue_name_in_another_city_or_at_another_time_is_no_clash() {
        var planned = seminar("Planned", "Almaty", "Central library", DAY1, DAY1.plusHours(8));
        var elsewhere = seminar("Elsewhere", "Astana", "Central library", DAY1, DAY1.plusHours(8));
        var later = seminar("Later", "Almaty", "Central library", DAY1.plusHours(8), DAY1.plusHours(10));

        assertThat(ClashDetector.clashes(planned, List.of(elsewhere, later))).isEmpty();
    }

    @Test
    void a_trainer_in_two_seminars_at_once_is_a_clash_wherever_they_are() {
        var planned = seminar("Planned", "Almaty", "Room A", DAY1, DAY1.plusHours(8));
        planned.getTrainers().add(new SeminarTrainer("Aliya Nurlanova", null, TrainerKind.TRAINER));
        var other = seminar("Other city", "Shymkent", "Room B", DAY1.plusHours(1), DAY1.plusHours(3));
        other.getTrainers().add(new SeminarTrainer("ALIYA  NURLANOVA", null, TrainerKind.SPEAKER));

        assertThat(ClashDetector.clashes(planned, List.of(other)))
                .containsExactly(new Clash(Clash.Kind.TRAINER, 2, "Other city", "ALIYA  NURLANOVA"));
    }

    @Test
    void the_same_audience_in_the_same_city_on_overlapping_dates_is_a_clash_even_at_other_hours() {
        var planned = seminar("Morning", "Astana", "Room A", DAY1, DAY1.plusHours(3));
        planned.setAudience("New NPM monitors");
        var evening = seminar("Evening", "Astana", "Room B", DAY1.plusHours(9), DAY1.plusHours(11));
        evening.setAudience("new npm monitors");

        assertThat(ClashDetector.clashes(planned, List.of(evening)))
                .containsExactly(new Clash(Clash.Kind.AUDIENCE, 2, "Evening", "new npm monitors"));
    }

    @Test
    void seminars_in_different_time_zones_are_compared_by_their_instants() {
        var almaty = seminar("Almaty time", "Oral", "Library", DAY1, DAY1.plusHours(2));
        var oral = seminar("Oral time", "Oral", "Library", DAY1.minusHours(1), DAY1.plusHours(1));
        oral.setTimeZone("Asia/Oral");
        almaty.setTimeZone("Asia/Almaty");

        // Oral and Almaty share UTC+5 since 2024, so 08:30-10:30 in Oral overlaps 09:30-11:30 in Almaty.
        assertThat(ClashDetector.clashes(almaty, List.of(oral))).extracting(Clash::kind)
                .containsExactly(Clash.Kind.VENUE);
    }

    private static Seminar seminar(String title, String city, String venue, LocalDateTime start, LocalDateTime end) {
        var seminar = new Seminar();
        ReflectionTestUtils.setField(seminar, "id", title.equals("Planned") || title.equals("Morning")
                || title.equals("Almaty time") ? 1L : 2L);
        seminar.setTitle(title);
        seminar.setCity(city);
        seminar.setVenueName(venue);
        seminar.setStartsAt(start);
        seminar.setEndsAt(end);
        seminar.deriveInstants();
        return seminar;
    }
}
