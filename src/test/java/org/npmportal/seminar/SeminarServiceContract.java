package org.npmportal.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.OrganisationRepository;
import org.npmportal.directory.RegionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The seminar service's behaviour against a real database; run on H2 by {@link SeminarServiceTest} and
 * on MariaDB by {@link SeminarServiceMariaDbIT}.
 */
@RecordApplicationEvents
@WithUserDetails("organiser")
abstract class SeminarServiceContract {

    @Autowired
    SeminarService service;
    @Autowired
    SeminarRepository seminars;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    RegionRepository regions;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationEvents events;

    @Test
    void an_organiser_saves_a_draft_with_its_agenda_partners_and_kazakh_text_and_the_utc_times_are_derived() {
        var draft = complete("Ұлттық алдын алу тетігі: " + unique());
        draft.getPartners().add(new SeminarPartner(organisation("Penal Reform International"), PartnerRole.CO_ORGANISER));
        draft.getTrainers().add(new SeminarTrainer("Әсел Қасымова", "KIBHR", TrainerKind.TRAINER));

        var saved = service.save(draft);

        var stored = service.get(saved.getId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(SeminarStatus.DRAFT);
        assertThat(stored.getTitle()).startsWith("Ұлттық алдын алу тетігі");
        assertThat(stored.getSessions()).extracting(AgendaSession::getTitle).containsExactly("Opening", "Closing");
        assertThat(stored.getPartners()).extracting(p -> p.getOrganisation().getName())
                .containsExactly("Penal Reform International");
        assertThat(stored.getTrainers()).extracting(SeminarTrainer::getName).containsExactly("Әсел Қасымова");
        assertThat(stored.getStartsAtUtc())
                .isEqualTo(stored.getStartsAt().atZone(ZoneId.of("Asia/Almaty")).toInstant());
        assertThat(auditLog.historyOf("seminar", stored.getId())).extracting(e -> e.getAction() + " by " + e.getActor())
                .containsExactly("SEMINAR_CREATED by organiser");
    }

    @Test
    void broken_rules_are_reported_per_field_and_nothing_is_saved() {
        long before = seminars.count();
        var bad = complete("Broken " + unique());
        bad.setEndsAt(bad.getStartsAt().minusHours(1));
        bad.setCapacity(500);

        assertThatThrownBy(() -> service.save(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .contains(new FieldProblem("endsAt", "seminar.end.notAfterStart"),
                                new FieldProblem("capacity", "seminar.capacity.aboveRoom")));
        assertThat(seminars.count()).isEqualTo(before);
    }

    @Test
    void publishing_needs_dates_a_venue_or_link_and_a_capacity_and_leaves_the_draft_unchanged_otherwise() {
        var draft = new Seminar();
        draft.setTitle("Incomplete " + unique());
        long id = service.save(draft).getId();

        assertThatThrownBy(() -> service.publish(id)).isInstanceOf(InvalidInputException.class);
        assertThat(service.get(id).orElseThrow().getStatus()).isEqualTo(SeminarStatus.DRAFT);
        assertThat(service.published(id)).isEmpty();
    }

    @Test
    void a_published_seminar_is_public_with_all_its_seats_left_until_registration_closes() {
        long id = service.save(complete("Public " + unique())).getId();

        service.publish(id);

        var published = service.published(id).orElseThrow();
        assertThat(published.seatsLeft()).isEqualTo(40);
        assertThat(published.registrationOpen()).isTrue();
        assertThat(published.sessions()).hasSize(2);
        assertThat(service.upcoming(null, null, null)).extracting(PublicSeminar::id).contains(id);
        assertThat(service.upcoming("karaganda", null, null)).extracting(PublicSeminar::id).contains(id);
        assertThat(service.upcoming("Shymkent", null, null)).extracting(PublicSeminar::id).doesNotContain(id);

        service.closeRegistration(id);
        assertThat(service.published(id).orElseThrow().registrationOpen()).isFalse();
        assertThat(service.get(id).orElseThrow().getStatus()).isEqualTo(SeminarStatus.REGISTRATION_CLOSED);
    }

    @Test
    void cancelling_needs_a_reason_tells_registration_and_freezes_the_seminar() {
        long id = service.save(complete("To cancel " + unique())).getId();
        service.publish(id);

        assertThatThrownBy(() -> service.cancel(id, "   ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("cancelReason", "seminar.cancelReason.required")));
        assertThat(service.get(id).orElseThrow().getStatus()).isEqualTo(SeminarStatus.PUBLISHED);

        service.cancel(id, "The venue is unavailable");

        var cancelled = service.get(id).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(SeminarStatus.CANCELLED);
        assertThat(cancelled.getCancelReason()).isEqualTo("The venue is unavailable");
        assertThat(events.stream(SeminarCancelled.class))
                .containsExactly(new SeminarCancelled(id, "The venue is unavailable"));
        assertThat(service.published(id)).isEmpty();
        cancelled.setTitle("Changed after cancelling");
        assertThatThrownBy(() -> service.save(cancelled)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("seminar.notEditable"));
    }

    @Test
    void a_seminar_is_completed_only_after_it_has_ended() {
        var future = complete("Future " + unique());
        long futureId = service.save(future).getId();
        service.publish(futureId);
        assertThatThrownBy(() -> service.complete(futureId)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("seminar.complete.notEnded"));

        var past = complete("Past " + unique());
        shift(past, Duration.ofDays(-400));
        long pastId = service.save(past).getId();
        service.publish(pastId);
        service.complete(pastId);
        assertThat(service.get(pastId).orElseThrow().getStatus()).isEqualTo(SeminarStatus.COMPLETED);
    }

    @Test
    void repeating_the_astana_seminar_in_almaty_moves_every_session_by_the_same_offset() {
        var astana = service.list(new SeminarFilter(Set.of(SeminarStatus.COMPLETED), "Astana", null, null, null, null,
                "Implementing the National Preventive Mechanism"), PageRequest.of(0, 1)).getContent().getFirst();
        var original = service.get(astana.id()).orElseThrow();
        var newStart = LocalDate.of(2013, 11, 29).atTime(9, 30);

        var copy = service.repeat(astana.id(), new RepeatRequest(newStart, "Almaty",
                regions.findByCode("ALMATY_CITY").orElseThrow(), "Hotel hall, Almaty", "Abai Ave 1", 70));

        var stored = service.get(copy.getId()).orElseThrow();
        Duration offset = Duration.ofDays(10);
        assertThat(stored.getStatus()).isEqualTo(SeminarStatus.DRAFT);
        assertThat(stored.getCity()).isEqualTo("Almaty");
        assertThat(stored.getRegion().getCode()).isEqualTo("ALMATY_CITY");
        assertThat(stored.getVenueName()).isEqualTo("Hotel hall, Almaty");
        assertThat(stored.getStartsAt()).isEqualTo(original.getStartsAt().plus(offset));
        assertThat(stored.getEndsAt()).isEqualTo(original.getEndsAt().plus(offset));
        assertThat(stored.getRegistrationCloses()).isEqualTo(original.getRegistrationCloses().plus(offset));
        assertThat(stored.getSessions()).hasSameSizeAs(original.getSessions());
        for (int i = 0; i < stored.getSessions().size(); i++) {
            assertThat(stored.getSessions().get(i).getStartsAt())
                    .isEqualTo(original.getSessions().get(i).getStartsAt().plus(offset));
            assertThat(stored.getSessions().get(i).getTitle()).isEqualTo(original.getSessions().get(i).getTitle());
        }
        assertThat(stored.getPartners()).hasSameSizeAs(original.getPartners());
        assertThat(stored.getTrainers()).hasSameSizeAs(original.getTrainers());
        assertThat(stored.getSeatsTaken()).isZero();
        assertThat(service.get(astana.id()).orElseThrow().getStatus()).isEqualTo(SeminarStatus.COMPLETED);
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_and_the_first_edit_stays() {
        long id = service.save(complete("Versioned " + unique())).getId();
        var first = service.get(id).orElseThrow();
        var second = service.get(id).orElseThrow();
        first.setCapacity(30);
        service.save(first);
        second.setCapacity(20);

        assertThatThrownBy(() -> service.save(second)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.concurrentChange"));
        assertThat(service.get(id).orElseThrow().getCapacity()).isEqualTo(30);
    }

    @Test
    void the_list_filters_by_status_partner_region_dates_and_text_and_sorts() {
        String marker = unique();
        var early = complete("Filter early " + marker);
        early.getPartners().add(new SeminarPartner(organisation("World Organisation against Torture"),
                PartnerRole.FUNDER));
        long earlyId = service.save(early).getId();
        var late = complete("Filter late " + marker);
        shift(late, Duration.ofDays(20));
        long lateId = service.save(late).getId();
        service.publish(lateId);

        var byText = new SeminarFilter(Set.of(), null, null, null, null, null, marker);
        assertThat(service.list(byText, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "startsAt"))))
                .extracting(SeminarSummary::id).containsExactly(lateId, earlyId);
        assertThat(service.count(byText)).isEqualTo(2);

        var omct = organisation("World Organisation against Torture").getId();
        assertThat(service.list(new SeminarFilter(Set.of(), null, null, omct, null, null, marker), PageRequest.of(0, 10)))
                .extracting(SeminarSummary::id).containsExactly(earlyId);
        assertThat(service.list(new SeminarFilter(EnumSet.of(SeminarStatus.PUBLISHED), null, null, null, null, null,
                marker), PageRequest.of(0, 10))).extracting(SeminarSummary::id).containsExactly(lateId);
        var karaganda = regions.findByCode("KARAGANDA").orElseThrow().getId();
        LocalDate lateDay = late.getStartsAt().toLocalDate();
        assertThat(service.list(new SeminarFilter(Set.of(), null, karaganda, null, lateDay, lateDay, marker),
                PageRequest.of(0, 10))).extracting(SeminarSummary::id).containsExactly(lateId);
        assertThat(service.all(byText)).extracting(SeminarSummary::id).containsExactly(earlyId, lateId);
    }

    @Test
    void clashes_with_stored_seminars_are_found_before_saving() {
        var booked = complete("Booked " + unique());
        booked.setVenueName("Clash hall " + unique());
        booked.getTrainers().add(new SeminarTrainer("Timur Clash-Trainer", null, TrainerKind.TRAINER));
        long bookedId = service.save(booked).getId();

        var planned = complete("Planned " + unique());
        planned.setVenueName(booked.getVenueName().toUpperCase());
        planned.getTrainers().add(new SeminarTrainer("timur clash-trainer", null, TrainerKind.SPEAKER));

        assertThat(service.clashes(planned)).extracting(Clash::kind, Clash::otherSeminarId)
                .contains(org.assertj.core.groups.Tuple.tuple(Clash.Kind.VENUE, bookedId),
                        org.assertj.core.groups.Tuple.tuple(Clash.Kind.TRAINER, bookedId));
    }

    @Test
    @WithUserDetails("finance")
    void finance_may_read_seminars_but_not_change_them() {
        assertThat(service.count(SeminarFilter.all())).isPositive();
        assertThatThrownBy(() -> service.save(complete("Finance " + unique())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("commission1")
    void commission_members_do_not_see_the_organisers_list() {
        assertThatThrownBy(() -> service.count(SeminarFilter.all())).isInstanceOf(AuthorizationDeniedException.class);
    }

    /** A publishable two-day seminar in Karaganda, 40 seats in a 50-seat room, two months from now. */
    Seminar complete(String title) {
        var seminar = new Seminar();
        seminar.setTitle(title);
        seminar.setLanguages(EnumSet.of(Language.RU, Language.KK));
        seminar.setCity("Karaganda");
        seminar.setRegion(regions.findByCode("KARAGANDA").orElseThrow());
        seminar.setVenueName("Training room " + title);
        seminar.setRoomCapacity(50);
        seminar.setCapacity(40);
        LocalDateTime start = LocalDate.now().plusMonths(2).atTime(9, 30);
        seminar.setStartsAt(start);
        seminar.setEndsAt(start.plusDays(1).withHour(17));
        seminar.setRegistrationOpens(LocalDate.now().minusDays(1).atStartOfDay());
        seminar.setRegistrationCloses(start.minusDays(2));
        seminar.setLeadOrganiser(organisation("OSCE Centre in Astana"));
        seminar.getSessions().add(new AgendaSession(start, start.plusHours(1), "Opening", null, null));
        seminar.getSessions().add(new AgendaSession(start.plusDays(1).withHour(15), start.plusDays(1).withHour(17),
                "Closing", null, null));
        return seminar;
    }

    private static void shift(Seminar seminar, Duration offset) {
        seminar.setStartsAt(seminar.getStartsAt().plus(offset));
        seminar.setEndsAt(seminar.getEndsAt().plus(offset));
        seminar.setRegistrationOpens(seminar.getRegistrationOpens().plus(offset));
        seminar.setRegistrationCloses(seminar.getRegistrationCloses().plus(offset));
        seminar.getSessions().forEach(s -> {
            s.setStartsAt(s.getStartsAt().plus(offset));
            s.setEndsAt(s.getEndsAt().plus(offset));
        });
    }

    private org.npmportal.directory.Organisation organisation(String name) {
        return organisations.findByName(name).orElseThrow();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
