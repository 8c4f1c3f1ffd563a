package org.npmportal.seminar.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.npmportal.base.i18n.Language;
import org.npmportal.seminar.AgendaSession;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarFormat;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.SeminarTrainer;
import org.npmportal.seminar.TrainerKind;

/**
 * Seminars the public tests make for themselves through the service, as an organiser would, each with
 * a title no other test uses. Call them as a signed-in organiser.
 */
public final class TestSeminars {

    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private TestSeminars() {
    }

    /** A two-day in-person seminar in Shymkent, starting {@code daysAhead} days from today at 10:00. */
    public static Seminar draft(String title, int daysAhead) {
        LocalDate day1 = LocalDate.now(ALMATY).plusDays(daysAhead);
        var seminar = new Seminar();
        seminar.setTitle(title);
        seminar.setDescription("Екі күндік семинар; құқық қорғау, мониторинг және есеп беру.\nSecond line, with a comma.");
        seminar.setTopics("Превентивные визиты; отчёты");
        seminar.setAudience("ҰАТ мүшелері");
        seminar.setLanguages(EnumSet.of(Language.KK, Language.RU));
        seminar.setFormat(SeminarFormat.IN_PERSON);
        seminar.setCity("Шымкент");
        seminar.setVenueName("Әділет үйі, 2-зал");
        seminar.setVenueAddress("Тәуке хан даңғылы, 5");
        seminar.setRoomCapacity(40);
        seminar.setCapacity(25);
        seminar.setTimeZone(ALMATY.getId());
        seminar.setStartsAt(day1.atTime(10, 0));
        seminar.setEndsAt(day1.plusDays(1).atTime(16, 0));
        seminar.getTrainers().add(new SeminarTrainer("Гүлнар Демо-Әбенова", "ҮЕҰ коалициясы", TrainerKind.TRAINER));
        seminar.getSessions().add(new AgendaSession(day1.atTime(10, 0), day1.atTime(12, 0), "Кіріспе: ҰАТ мандаты",
                "Гүлнар Демо-Әбенова", "2-зал"));
        seminar.getSessions().add(new AgendaSession(day1.plusDays(1).atTime(14, 0), day1.plusDays(1).atTime(16, 0),
                "Практикалық жаттығулар", null, null));
        return seminar;
    }

    /** Saves the seminar and publishes it; returns its id. */
    public static long publish(SeminarService service, Seminar seminar) {
        long id = service.save(seminar).getId();
        service.publish(id);
        return id;
    }

    /** A published seminar whose registration closed yesterday, though it starts only in three weeks. */
    public static long publishedWithRegistrationClosed(SeminarService service, String title) {
        var seminar = draft(title, 21);
        seminar.setRegistrationCloses(LocalDateTime.now(ALMATY).minusDays(1));
        return publish(service, seminar);
    }

    /** A Kazakh title with the characters iCalendar escapes, long enough to be folded, and unique. */
    public static String kazakhTitle() {
        return "Азаптауды болдырмау; құқық, бостандық және қадір-қасиет: өңірлік семинар "
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
