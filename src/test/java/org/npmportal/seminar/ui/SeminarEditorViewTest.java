package org.npmportal.seminar.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteConfiguration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Organisation;
import org.npmportal.security.ui.LoginView;
import org.npmportal.seminar.AgendaSession;
import org.npmportal.seminar.PartnerRole;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarFilter;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.SeminarStatus;
import org.npmportal.seminar.SeminarSummary;
import org.npmportal.seminar.TrainerKind;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The seminar editor, driven as an organiser drives it, some of it in Russian. */
@PortalTest
@WithUserDetails("organiser")
class SeminarEditorViewTest extends SpringBrowserlessTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    SeminarService seminars;

    @Autowired
    DirectoryService directory;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void an_organiser_creates_a_draft_with_a_kazakh_title_and_finds_it_stored() {
        var view = openNew();
        String title = "Азаптаудың алдын алу: бақылаушыларға арналған семинар " + unique;
        test(view.form.title).setValue(title);
        test(view.form.languages).selectItem(Language.KK.nativeName());
        test(view.save).click();

        var stored = seminars.get(storedId(title)).orElseThrow();
        assertThat(stored.getTitle()).isEqualTo(title);
        assertThat(stored.getStatus()).isEqualTo(SeminarStatus.DRAFT);
        assertThat(stored.getLanguages()).containsExactly(Language.KK);
        assertThat(stored.getTimeZone()).isEqualTo("Asia/Almaty");
        assertThat(currentEditor().getPageTitle()).isEqualTo(title);
        assertThat(currentEditor().publish.isVisible()).isTrue();
    }

    @Test
    void an_end_before_the_start_is_shown_on_the_end_in_russian_and_nothing_is_saved() {
        UI.getCurrent().setLocale(RUSSIAN);
        var view = openNew();
        String title = "Семинар с перепутанными датами " + unique;
        test(view.form.title).setValue(title);
        test(view.form.startsAt).setValue(LocalDateTime.of(2035, 3, 12, 10, 0));
        test(view.form.endsAt).setValue(LocalDateTime.of(2035, 3, 11, 17, 0));
        test(view.save).click();

        assertThat(view.form.endsAt.isInvalid()).isTrue();
        assertThat(view.form.endsAt.getErrorMessage()).isEqualTo("Окончание должно быть позже начала.");
        assertThat(find(title)).isEmpty();
    }

    @Test
    void more_places_than_the_room_holds_are_shown_on_the_capacity_and_nothing_is_saved() {
        var view = openNew();
        String title = "Too many places " + unique;
        test(view.form.title).setValue(title);
        test(view.form.roomCapacity).setValue(20);
        test(view.form.capacity).setValue(30);
        test(view.save).click();

        assertThat(view.form.capacity.isInvalid()).isTrue();
        assertThat(view.form.capacity.getErrorMessage())
                .isEqualTo("The capacity cannot be larger than the room’s capacity.");
        assertThat(find(title)).isEmpty();
    }

    @Test
    void a_new_agenda_item_starts_on_the_first_day_where_the_previous_one_ended_and_is_stored() {
        var view = openNew();
        String title = "Agenda defaults " + unique;
        test(view.form.title).setValue(title);
        assertThat(view.form.agenda.addItem.isEnabled()).isFalse();
        test(view.form.startsAt).setValue(LocalDateTime.of(2035, 4, 7, 9, 30));
        test(view.form.endsAt).setValue(LocalDateTime.of(2035, 4, 8, 17, 0));

        test(view.form.agenda.addItem).click();
        var first = view.form.agenda.rows().getFirst();
        assertThat(first.day.getValue()).isEqualTo(LocalDate.of(2035, 4, 7));
        assertThat(first.start.getValue()).isEqualTo(LocalTime.of(9, 30));
        test(first.end).setValue(LocalTime.of(11, 0));
        test(first.title).setValue("Opening and the NPM mandate");
        test(view.form.agenda.addItem).click();
        var second = view.form.agenda.rows().get(1);
        assertThat(second.day.getValue()).isEqualTo(LocalDate.of(2035, 4, 7));
        assertThat(second.start.getValue()).isEqualTo(LocalTime.of(11, 0));
        test(second.title).setValue("Planning a preventive visit");
        test(second.speaker).setValue("Aliya Demo-Nurlanova");
        test(second.day).selectItem(test(second.day).getSuggestions().get(1));
        test(view.save).click();

        var stored = seminars.get(storedId(title)).orElseThrow();
        assertThat(stored.getSessions()).extracting(AgendaSession::getTitle, AgendaSession::getStartsAt,
                AgendaSession::getEndsAt, AgendaSession::getSpeaker).containsExactly(
                        tuple("Opening and the NPM mandate",
                                LocalDateTime.of(2035, 4, 7, 9, 30), LocalDateTime.of(2035, 4, 7, 11, 0), null),
                        tuple("Planning a preventive visit",
                                LocalDateTime.of(2035, 4, 8, 11, 0), LocalDateTime.of(2035, 4, 8, 12, 0),
                                "Aliya Demo-Nurlanova"));
    }

    @Test
    void an_agenda_item_left_outside_the_shortened_seminar_is_refused_and_nothing_is_saved() {
        var view = openNew();
        String title = "Shortened seminar " + unique;
        test(view.form.title).setValue(title);
        test(view.form.startsAt).setValue(LocalDateTime.of(2035, 4, 14, 9, 30));
        test(view.form.endsAt).setValue(LocalDateTime.of(2035, 4, 15, 17, 0));
        test(view.form.agenda.addItem).click();
        var row = view.form.agenda.rows().getFirst();
        test(row.title).setValue("Working groups");
        test(row.day).selectItem(test(row.day).getSuggestions().get(1));
        test(view.form.endsAt).setValue(LocalDateTime.of(2035, 4, 14, 17, 0));
        test(view.save).click();

        assertThat(row.day.getValue()).isEqualTo(LocalDate.of(2035, 4, 15));
        assertThat(view.form.agenda.isInvalid()).isTrue();
        assertThat(view.form.agenda.getErrorMessage())
                .isEqualTo("Every agenda item must fall on one of the seminar’s days.");
        assertThat(find(title)).isEmpty();
    }

    @Test
    void partners_and_trainers_added_in_the_form_are_stored_and_a_partner_named_twice_is_refused() {
        var view = openNew();
        String title = "Partners and trainers " + unique;
        test(view.form.title).setValue(title);
        var unicef = organisation("UNICEF");
        var pri = organisation("Penal Reform International");
        test(view.form.leadOrganiser).selectItem(SeminarForm.organisationLabel(pri));
        test(view.form.partners.addItem).click();
        test(view.form.partners.rows().getFirst().organisation).selectItem(SeminarForm.organisationLabel(unicef));
        test(view.form.partners.rows().getFirst().role).selectItem("Funder");
        test(view.form.partners.addItem).click();
        test(view.form.partners.rows().get(1).organisation).selectItem(SeminarForm.organisationLabel(unicef));
        test(view.form.trainers.addItem).click();
        test(view.form.trainers.rows().getFirst().name).setValue("Marat Demo-Seitkali");
        test(view.form.trainers.rows().getFirst().kind).selectItem("Speaker");
        test(view.save).click();

        assertThat(view.form.partners.isInvalid()).isTrue();
        assertThat(view.form.partners.getErrorMessage())
                .isEqualTo("An organisation can appear only once among the partners.");
        assertThat(find(title)).isEmpty();

        test(view.form.partners.rows().get(1).removeItem).click();
        test(view.save).click();

        var stored = seminars.get(storedId(title)).orElseThrow();
        assertThat(stored.getLeadOrganiser().getName()).isEqualTo("Penal Reform International");
        assertThat(stored.getPartners()).singleElement().satisfies(partner -> {
            assertThat(partner.getOrganisation().getName()).isEqualTo("UNICEF");
            assertThat(partner.getRole()).isEqualTo(PartnerRole.FUNDER);
        });
        assertThat(stored.getTrainers()).singleElement().satisfies(trainer -> {
            assertThat(trainer.getName()).isEqualTo("Marat Demo-Seitkali");
            assertThat(trainer.getKind()).isEqualTo(TrainerKind.SPEAKER);
        });
    }

    @Test
    void an_organiser_saves_the_same_seminar_again_and_again_without_a_concurrent_change_error() {
        var view = openNew();
        String title = "Saved three times " + unique;
        test(view.form.title).setValue(title);
        test(view.save).click();
        long id = storedId(title);

        for (String audience : List.of("NGO monitors", "Ombudsman staff")) {
            var editor = currentEditor();
            test(editor.form.audience).setValue(audience);
            assertThat(editor.publish.isEnabled()).isFalse();
            test(editor.save).click();
            assertThat(seminars.get(id).orElseThrow().getAudience()).isEqualTo(audience);
            assertThat(currentEditor().publish.isEnabled()).isTrue();
        }
    }

    @Test
    void publishing_a_draft_without_a_venue_marks_the_venue_in_russian_and_it_stays_a_draft() {
        var draft = seminars.save(complete("No venue yet " + unique, null));
        UI.getCurrent().setLocale(RUSSIAN);
        var view = open(draft.getId());
        test(view.publish).click();

        assertThat(view.form.venueName.isInvalid()).isTrue();
        assertThat(view.form.venueName.getErrorMessage())
                .isEqualTo("Для публикации семинара нужно указать место проведения или ссылку на встречу.");
        assertThat(seminars.get(draft.getId()).orElseThrow().getStatus()).isEqualTo(SeminarStatus.DRAFT);
    }

    @Test
    void a_complete_draft_is_published() {
        var draft = seminars.save(complete("Ready to publish " + unique, "Training room " + unique));
        var view = open(draft.getId());
        assertThat(view.status.getText()).isEqualTo("Draft");
        test(view.publish).click();

        assertThat(seminars.get(draft.getId()).orElseThrow().getStatus()).isEqualTo(SeminarStatus.PUBLISHED);
        var editor = currentEditor();
        assertThat(editor.status.getText()).isEqualTo("Published");
        assertThat(editor.publish.isVisible()).isFalse();
        assertThat(editor.closeRegistration.isVisible()).isTrue();
        assertThat(editor.form.title.isReadOnly()).isFalse();
    }

    @Test
    void cancelling_needs_a_reason_and_a_cancelled_seminar_opens_read_only_with_its_reason() {
        var draft = seminars.save(complete("To be cancelled " + unique, "Hall " + unique));
        UI.getCurrent().setLocale(RUSSIAN);
        var view = open(draft.getId());
        test(view.cancel).click();
        roundTrip();
        test(view.cancelDialog.confirm).click();

        assertThat(view.cancelDialog.reason.isInvalid()).isTrue();
        assertThat(view.cancelDialog.reason.getErrorMessage())
                .isEqualTo("Укажите причину отмены: она будет отправлена всем зарегистрированным.");
        assertThat(view.cancelDialog.isOpened()).isTrue();
        assertThat(seminars.get(draft.getId()).orElseThrow().getStatus()).isEqualTo(SeminarStatus.DRAFT);

        test(view.cancelDialog.reason).setValue("Тренер заболел");
        test(view.cancelDialog.confirm).click();

        var stored = seminars.get(draft.getId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(SeminarStatus.CANCELLED);
        assertThat(stored.getCancelReason()).isEqualTo("Тренер заболел");
        var editor = currentEditor();
        assertThat(editor.cancelDialog.isOpened()).isFalse();
        assertThat(editor.status.getText()).isEqualTo("Отменён");
        assertThat(editor.form.title.isReadOnly()).isTrue();
        assertThat(editor.form.agenda.addItem.isVisible()).isFalse();
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.cancel.isVisible()).isFalse();
        assertThat(editor.notice.isVisible()).isTrue();
        assertThat(editor.notice.getText()).contains("Тренер заболел");
    }

    @Test
    void the_astana_seminar_of_2013_is_repeated_ten_days_later_in_almaty_with_its_whole_programme() {
        var original = seminars.get(astana2013()).orElseThrow();
        var view = open(original.getId());
        assertThat(view.form.title.isReadOnly()).isTrue();
        assertThat(view.notice.isVisible()).isTrue();

        test(view.repeat).click();
        roundTrip();
        var almaty = directory.regions().stream().filter(r -> r.getCode().equals("ALMATY_CITY")).findFirst()
                .orElseThrow();
        LocalDateTime newStart = original.getStartsAt().plusDays(10);
        test(view.repeatDialog.newStart).setValue(newStart);
        test(view.repeatDialog.city).setValue("Almaty");
        test(view.repeatDialog.region).selectItem(almaty.name(Locale.ENGLISH));
        test(view.repeatDialog.venueName).setValue("Rixos hall " + unique);
        test(view.repeatDialog.venueAddress).setValue("Seifullin Ave 506");
        test(view.repeatDialog.confirm).click();

        long copyId = currentSeminarId();
        assertThat(copyId).isNotEqualTo(original.getId());
        var copy = seminars.get(copyId).orElseThrow();
        assertThat(copy.getStatus()).isEqualTo(SeminarStatus.DRAFT);
        assertThat(copy.getTitle()).isEqualTo(original.getTitle());
        assertThat(copy.getStartsAt()).isEqualTo(newStart);
        assertThat(copy.getEndsAt()).isEqualTo(original.getEndsAt().plusDays(10));
        assertThat(copy.getCity()).isEqualTo("Almaty");
        assertThat(copy.getRegion().getCode()).isEqualTo("ALMATY_CITY");
        assertThat(copy.getVenueName()).isEqualTo("Rixos hall " + unique);
        assertThat(copy.getPartners()).hasSameSizeAs(original.getPartners());
        assertThat(copy.getTrainers()).hasSameSizeAs(original.getTrainers());
        assertThat(copy.getSessions()).hasSameSizeAs(original.getSessions()).isNotEmpty();
        var originalSessions = sorted(original.getSessions());
        var copiedSessions = sorted(copy.getSessions());
        for (int i = 0; i < originalSessions.size(); i++) {
            assertThat(copiedSessions.get(i).getTitle()).isEqualTo(originalSessions.get(i).getTitle());
            assertThat(copiedSessions.get(i).getStartsAt()).isEqualTo(originalSessions.get(i).getStartsAt().plusDays(10));
            assertThat(copiedSessions.get(i).getEndsAt()).isEqualTo(originalSessions.get(i).getEndsAt().plusDays(10));
        }
        var editor = currentEditor();
        assertThat(editor.form.title.isReadOnly()).isFalse();
        assertThat(editor.form.agenda.rows()).hasSameSizeAs(original.getSessions());
        assertThat(seminars.get(original.getId()).orElseThrow().getStatus()).isEqualTo(SeminarStatus.COMPLETED);
    }

    @Test
    void a_clash_with_another_seminar_is_confirmed_before_saving_anyway() {
        String city = "Zhezkazgan " + unique;
        String venue = "Mining college hall " + unique;
        var existing = complete("Already booked " + unique, venue);
        existing.setCity(city);
        existing.setStartsAt(LocalDateTime.of(2037, 6, 1, 10, 0));
        existing.setEndsAt(LocalDateTime.of(2037, 6, 1, 17, 0));
        seminars.save(existing);

        var view = openNew();
        String title = "Double booking " + unique;
        test(view.form.title).setValue(title);
        test(view.form.city).setValue(city);
        test(view.form.venueName).setValue(venue);
        test(view.form.startsAt).setValue(LocalDateTime.of(2037, 6, 1, 14, 0));
        test(view.form.endsAt).setValue(LocalDateTime.of(2037, 6, 1, 18, 0));
        test(view.save).click();
        roundTrip();

        assertThat(view.clashDialog.isOpened()).isTrue();
        assertThat(view.clashDialog.clashes.getChildren().map(item -> item.getElement().getText()))
                .containsExactly("The venue “" + venue + "” is already booked at that time for “Already booked "
                        + unique + "”.");
        assertThat(find(title)).isEmpty();

        test((ConfirmDialog) view.clashDialog).confirm();

        assertThat(find(title)).hasSize(1);
    }

    @Test
    void an_unknown_seminar_shows_not_found() {
        UI.getCurrent().navigate("seminars/999999");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void the_editor_answers_to_new_and_to_a_number_but_leaves_other_words_to_other_views() {
        assertThat(navigate("seminars/new", SeminarEditorView.class).getPageTitle()).isEqualTo("New seminar");
        long id = astana2013();
        assertThat(navigate("seminars/" + id, SeminarEditorView.class).form.title.getValue()).contains("Astana");

        var routes = RouteConfiguration.forApplicationScope();
        assertThat(routes.getRoute("seminars/calendar")).isNotEqualTo(Optional.of(SeminarEditorView.class));
        UI.getCurrent().navigate("seminars/calendar");
        assertThat(getCurrentView()).isNotInstanceOf(SeminarEditorView.class);
    }

    @Test
    @WithUserDetails("finance")
    void a_finance_user_cannot_open_the_editor() {
        UI.getCurrent().navigate("seminars/new");

        assertThat(getCurrentView()).isNotInstanceOf(SeminarEditorView.class);
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate("seminars/new");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        var view = openNew();
        test(view.form.title).setValue("Never saved " + unique);
        UI.getCurrent().navigate("");
        roundTrip();

        assertThat(getCurrentView()).isSameAs(view);
        var question = find(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened)
                .filter(dialog -> dialog != view.clashDialog).findFirst().orElseThrow();
        test(question).confirm();
        assertThat(getCurrentView()).isNotInstanceOf(SeminarEditorView.class);
    }

    private SeminarEditorView openNew() {
        return navigate("seminars/new", SeminarEditorView.class);
    }

    private SeminarEditorView open(long id) {
        return navigate("seminars/" + id, SeminarEditorView.class);
    }

    private SeminarEditorView currentEditor() {
        assertThat(getCurrentView()).isInstanceOf(SeminarEditorView.class);
        return (SeminarEditorView) getCurrentView();
    }

    private long currentSeminarId() {
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("seminars/[0-9]+");
        return Long.parseLong(path.substring("seminars/".length()));
    }

    private List<SeminarSummary> find(String title) {
        return seminars.list(new SeminarFilter(Set.of(), null, null, null, null, null, title), PageRequest.of(0, 10))
                .getContent().stream().filter(s -> s.title().equals(title)).toList();
    }

    private long storedId(String title) {
        var found = find(title);
        assertThat(found).as("stored seminars titled %s", title).hasSize(1);
        return found.getFirst().id();
    }

    private long astana2013() {
        var filter = new SeminarFilter(Set.of(SeminarStatus.COMPLETED), null, null, null, LocalDate.of(2013, 11, 1),
                LocalDate.of(2013, 11, 30), "Astana");
        var found = seminars.list(filter, PageRequest.of(0, 10)).getContent();
        assertThat(found).hasSize(1);
        return found.getFirst().id();
    }

    private Organisation organisation(String name) {
        return directory.organisations().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
    }

    /** A draft that meets every rule for publishing, except a venue when {@code venue} is null. */
    private Seminar complete(String title, String venue) {
        var seminar = new Seminar();
        seminar.setTitle(title);
        seminar.setCity("Taraz " + unique);
        seminar.setVenueName(venue);
        seminar.setRoomCapacity(40);
        seminar.setCapacity(30);
        seminar.setStartsAt(LocalDateTime.of(2036, 9, 15, 9, 30));
        seminar.setEndsAt(LocalDateTime.of(2036, 9, 16, 17, 0));
        return seminar;
    }

    private static List<AgendaSession> sorted(List<AgendaSession> sessions) {
        return sessions.stream().sorted(Comparator.comparing(AgendaSession::getStartsAt)).toList();
    }
}
