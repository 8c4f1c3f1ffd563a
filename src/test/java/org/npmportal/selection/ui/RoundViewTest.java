package org.npmportal.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.selection.MemberRow;
import org.npmportal.selection.RatingCriterion;
import org.npmportal.selection.RoundPhase;
import org.npmportal.selection.SelectionRound;
import org.npmportal.selection.SelectionService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The round page, driven as an organiser sets a round up and as commission members read it. */
@PortalTest
@WithUserDetails("organiser")
class RoundViewTest extends SpringBrowserlessTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    SelectionService selection;
    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserDetailsService users;

    private RoundSetup rounds;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        rounds = new RoundSetup(selection, directory, jdbc, security, users);
    }

    @Test
    void a_new_round_with_bad_input_shows_each_problem_on_its_field_in_russian_and_nothing_is_saved() {
        UI.getCurrent().setLocale(RUSSIAN);
        var view = openNew();
        String title = RoundSetup.unique("Отбор с ошибками");
        test(view.saveDetails).click();

        assertThat(view.details.title.isInvalid()).isTrue();
        assertThat(view.details.title.getErrorMessage()).isEqualTo("Введите название раунда.");
        assertThat(view.details.totalSeats.getErrorMessage()).isEqualTo("Введите число мест.");
        assertThat(view.details.programme.getErrorMessage()).isEqualTo("Введите программу, например «Мониторы НПМ».");

        test(view.details.title).setValue(title);
        test(view.details.programme).setValue("Мониторы НПМ");
        test(view.details.totalSeats).setValue(5);
        test(view.details.applicationsOpen).setValue(LocalDate.of(2016, 3, 10));
        test(view.details.applicationsClose).setValue(LocalDate.of(2016, 3, 1));
        test(view.seats.seats.get(region(0).getId())).setValue(4);
        test(view.seats.seats.get(region(1).getId())).setValue(3);
        assertThat(view.seats.sum.getText()).isEqualTo("Региональных мест: 7 из 5");
        test(view.saveDetails).click();

        assertThat(view.details.title.isInvalid()).isFalse();
        assertThat(view.details.applicationsClose.isInvalid()).isTrue();
        assertThat(view.details.applicationsClose.getErrorMessage())
                .isEqualTo("Приём заявок не может закончиться раньше, чем начнётся.");
        assertThat(view.seats.isInvalid()).isTrue();
        assertThat(view.seats.getErrorMessage()).isEqualTo("Региональных мест в сумме больше, чем всего мест.");
        assertThat(stored(title)).isEmpty();
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void a_complete_new_round_is_stored_as_a_draft_and_opens_with_its_criteria_and_commission() {
        var view = openNew();
        String title = RoundSetup.unique("NPM monitors 2016");
        test(view.details.title).setValue(title);
        test(view.details.programme).setValue("NPM monitors");
        test(view.details.year).setValue(2016);
        test(view.details.description).setValue("Monitors for visits to places of detention in 2016.");
        test(view.details.applicationsOpen).setValue(LocalDate.of(2016, 1, 11));
        test(view.details.applicationsClose).setValue(LocalDate.of(2016, 2, 12));
        test(view.details.timeZone).selectItem("Asia/Aqtobe");
        test(view.details.totalSeats).setValue(12);
        test(view.details.reserveSize).setValue(3);
        test(view.details.minimumRatings).setValue(3);
        test(view.details.discussThreshold).setValue(new BigDecimal("12.5"));
        test(view.details.blindRating).click();
        test(view.seats.seats.get(region(0).getId())).setValue(2);
        test(view.seats.seats.get(region(5).getId())).setValue(1);
        assertThat(view.seats.sum.getText()).isEqualTo("Regional seats: 3 of 12 in total");
        test(view.saveDetails).click();

        long id = stored(title).orElseThrow();
        var round = get(id);
        assertThat(round.getPhase()).isEqualTo(RoundPhase.DRAFT);
        assertThat(round.getProgramme()).isEqualTo("NPM monitors");
        assertThat(round.getYear()).isEqualTo(2016);
        assertThat(round.getApplicationsOpen()).isEqualTo(LocalDate.of(2016, 1, 11));
        assertThat(round.getApplicationsClose()).isEqualTo(LocalDate.of(2016, 2, 12));
        assertThat(round.getTimeZone()).isEqualTo("Asia/Aqtobe");
        assertThat(round.getTotalSeats()).isEqualTo(12);
        assertThat(round.getReserveSize()).isEqualTo(3);
        assertThat(round.getMinimumRatings()).isEqualTo(3);
        assertThat(round.getDiscussThreshold()).isEqualByComparingTo("12.5");
        assertThat(round.isBlindRating()).isTrue();
        assertThat(round.isScoresAfterSubmit()).isFalse();
        assertThat(round.getSeatsByRegion()).isEqualTo(Map.of(region(0).getId(), 2, region(5).getId(), 1));

        var opened = (RoundView) getCurrentView();
        assertThat(opened.getPageTitle()).isEqualTo(title);
        assertThat(opened.phase.getText()).isEqualTo("Draft");
        assertThat(opened.criteriaSection.isVisible()).isTrue();
        assertThat(opened.commissionSection.isVisible()).isTrue();
        assertThat(opened.openApplications.isVisible()).isTrue();
        assertThat(opened.seats.seats.get(region(5).getId()).getValue()).isEqualTo(1);
    }

    @Test
    void criteria_are_added_reordered_and_stored_with_a_text_for_the_points_of_their_scale() {
        long id = rounds.draft(RoundSetup.unique("Criteria"));
        var view = open(id);
        var editor = view.criteria;
        assertThat(editor.rows()).isEmpty();

        test(editor.addCriterion).click();
        var legal = editor.rows().getFirst();
        test(legal.name).setValue("Legal knowledge");
        test(legal.weight).setValue(new BigDecimal("1.5"));
        assertThat(legal.anchors.byPoint.keySet()).containsExactly(1, 2, 3, 4, 5);
        test(legal.anchors.byPoint.get(1)).setValue("Knows nothing of the Convention");
        test(legal.anchors.byPoint.get(5)).setValue("Could teach OPCAT");
        test(legal.scaleMax).setValue(4);
        assertThat(legal.anchors.byPoint.keySet()).containsExactly(1, 2, 3, 4);
        assertThat(legal.anchors.byPoint.get(1).getValue()).isEqualTo("Knows nothing of the Convention");

        test(editor.addCriterion).click();
        var languages = editor.rows().get(1);
        test(languages.name).setValue("Languages");
        test(languages.scaleMin).setValue(0);
        test(languages.scaleMax).setValue(10);
        assertThat(languages.anchors.byPoint).hasSize(11);
        test(languages.anchors.byPoint.get(10)).setValue("Kazakh, Russian and English");
        test(languages.moveUp).click();
        assertThat(editor.rows()).extracting(row -> row.name.getValue()).containsExactly("Languages",
                "Legal knowledge");
        test(editor.save).click();

        var criteria = get(id).getCriteria();
        assertThat(criteria).extracting(RatingCriterion::getName).containsExactly("Languages", "Legal knowledge");
        assertThat(criteria.get(0).getScaleMin()).isZero();
        assertThat(criteria.get(0).getScaleMax()).isEqualTo(10);
        assertThat(criteria.get(0).getAnchors()).isEqualTo(Map.of(10, "Kazakh, Russian and English"));
        assertThat(criteria.get(1).getWeight()).isEqualByComparingTo("1.5");
        assertThat(criteria.get(1).getScaleMax()).isEqualTo(4);
        assertThat(criteria.get(1).getAnchors()).isEqualTo(Map.of(1, "Knows nothing of the Convention"));
        assertThat(view.criteria.rows()).extracting(row -> row.name.getValue()).containsExactly("Languages",
                "Legal knowledge");
    }

    @Test
    void two_criteria_with_one_name_are_refused_on_the_second_name_in_russian_and_nothing_is_stored() {
        long id = rounds.draft(RoundSetup.unique("Duplicate criteria"));
        UI.getCurrent().setLocale(RUSSIAN);
        var view = open(id);
        for (String name : List.of("Независимость", "независимость")) {
            test(view.criteria.addCriterion).click();
            test(view.criteria.rows().getLast().name).setValue(name);
        }
        test(view.criteria.rows().getFirst().scaleMax).setValue(1);
        test(view.criteria.save).click();

        var first = view.criteria.rows().getFirst();
        assertThat(first.scaleMax.isInvalid()).isTrue();
        assertThat(first.scaleMax.getErrorMessage()).isEqualTo("Верх шкалы должен быть выше её низа.");
        assertThat(get(id).getCriteria()).isEmpty();

        test(first.scaleMax).setValue(5);
        test(view.criteria.save).click();

        var second = view.criteria.rows().get(1);
        assertThat(second.name.isInvalid()).isTrue();
        assertThat(second.name.getErrorMessage()).isEqualTo("У двух критериев одинаковое название.");
        assertThat(get(id).getCriteria()).isEmpty();
    }

    @Test
    void once_rating_has_started_the_criteria_are_shown_read_only_with_the_reason() {
        var round = rounds.rating(RoundSetup.unique("Locked criteria"), false, false, "Pavel Locked");
        var view = open(round.id());

        assertThat(view.phase.getText()).isEqualTo("Rating");
        assertThat(view.criteria.lockedNotice.isVisible()).isTrue();
        assertThat(view.criteria.lockedNotice.getText()).isEqualTo("Criteria cannot change once rating has started.");
        assertThat(view.criteria.save.isVisible()).isFalse();
        assertThat(view.criteria.addCriterion.isVisible()).isFalse();
        assertThat(view.criteria.rows()).hasSize(2).allSatisfy(row -> {
            assertThat(row.name.isReadOnly()).isTrue();
            assertThat(row.scaleMax.isReadOnly()).isTrue();
            assertThat(row.remove.isVisible()).isFalse();
        });
        assertThat(view.criteria.rows().getFirst().anchors.byPoint.get(3).isReadOnly()).isTrue();
        assertThat(view.details.programme.isReadOnly()).isTrue();
        assertThat(view.details.title.isReadOnly()).isFalse();
        assertThat(view.deliberate.isVisible()).isTrue();
    }

    @Test
    void the_commission_is_chosen_among_commission_users_and_needs_a_chair() {
        long id = rounds.draft(RoundSetup.unique("Commission"));
        var view = open(id);
        test(view.commission.members).selectItem("Timur Commissioner (commission2)",
                "Helen Commissioner (commission3)");
        assertThat(view.commission.chair.getValue()).isNull();
        test(view.commission.save).click();

        assertThat(view.commission.chair.isInvalid()).isTrue();
        assertThat(view.commission.chair.getErrorMessage())
                .isEqualTo("Choose one member of the commission as its chair.");
        assertThat(commission(id)).isEmpty();

        test(view.commission.chair).selectItem("Helen Commissioner (commission3)");
        test(view.commission.save).click();

        assertThat(commission(id)).extracting(MemberRow::username, MemberRow::chair)
                .containsExactly(tuple("commission3", true),
                        tuple("commission2", false));
        assertThat(view.commission.chair.getValue().username()).isEqualTo("commission3");
    }

    @Test
    void opening_applications_needs_the_window_and_moves_the_round_on_once_confirmed() {
        long id = rounds.draftWithCommission(RoundSetup.unique("Opening"), "commission1", "commission2");
        var view = open(id);
        test(view.details.applicationsOpen).setValue(null);
        assertThat(view.openApplications.isEnabled()).isFalse();
        test(view.saveDetails).click();
        test(view.openApplications).click();
        roundTrip();
        test(view.phaseDialog).confirm();

        assertThat(view.details.applicationsOpen.isInvalid()).isTrue();
        assertThat(view.details.applicationsOpen.getErrorMessage())
                .isEqualTo("Set the first and last day of applications before opening them.");
        assertThat(get(id).getPhase()).isEqualTo(RoundPhase.DRAFT);

        test(view.details.applicationsOpen).setValue(LocalDate.of(2015, 1, 5));
        test(view.saveDetails).click();
        test(view.openApplications).click();
        roundTrip();
        test(view.phaseDialog).confirm();

        assertThat(get(id).getPhase()).isEqualTo(RoundPhase.APPLICATIONS_OPEN);
        assertThat(view.phase.getText()).isEqualTo("Applications open");
        assertThat(view.openApplications.isVisible()).isFalse();
        assertThat(view.startRating.isVisible()).isTrue();
        assertThat(view.details.programme.isReadOnly()).isTrue();
    }

    @Test
    @WithUserDetails("commission1")
    void the_chair_reads_the_round_goes_on_to_rate_and_closes_rating_for_deliberation() {
        var round = rounds.rating(RoundSetup.unique("Chair reads"), false, false, "Ruslan Read");
        var view = open(round.id());

        assertThat(view.overview.isVisible()).isTrue();
        assertThat(view.detailsSection.isVisible()).isFalse();
        assertThat(view.criteriaSection.isVisible()).isFalse();
        assertThat(view.saveDetails.isVisible()).isFalse();
        assertThat(view.overview.criteria.getElement().getTextRecursively()).contains(RoundSetup.EXPERIENCE)
                .contains("5 — led many visits").contains(RoundSetup.INDEPENDENCE);
        assertThat(view.overview.commission.getElement().getTextRecursively())
                .contains("Saule Commissioner (chair)").contains("Timur Commissioner");
        assertThat(view.rateLink.isVisible()).isTrue();
        assertThat(view.rateLink.getHref()).isEqualTo("selection/" + round.id() + "/rate");
        assertThat(view.resultsLink.isVisible()).isTrue();
        assertThat(view.candidatesLink.isVisible()).isFalse();

        test(view.deliberate).click();
        roundTrip();
        test(view.phaseDialog).confirm();

        assertThat(get(round.id()).getPhase()).isEqualTo(RoundPhase.DELIBERATION);
        assertThat(view.rateLink.isVisible()).isFalse();
        assertThat(view.backToRating.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("commission2")
    void a_member_who_does_not_chair_neither_moves_the_round_nor_sees_results_before_deliberation() {
        var round = rounds.rating(RoundSetup.unique("Member reads"), false, false, "Samal Read");
        var view = open(round.id());

        assertThat(view.rateLink.isVisible()).isTrue();
        assertThat(view.deliberate.isVisible()).isFalse();
        assertThat(view.resultsLink.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("commission3")
    void a_commission_user_outside_the_round_finds_neither_it_nor_the_new_round_form() {
        var round = rounds.rating(RoundSetup.unique("Others only"), false, false, "Talgat Hidden");

        UI.getCurrent().navigate(RoundView.path(round.id()));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate(RoundView.NEW_ROUND);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private RoundView openNew() {
        return navigate(RoundView.NEW_ROUND, RoundView.class);
    }

    private RoundView open(long id) {
        return navigate(RoundView.path(id), RoundView.class);
    }

    private Region region(int index) {
        return directory.regions().get(index);
    }

    private Optional<Long> stored(String title) {
        return jdbc.queryForList("select id from selection_round where title = ?", Long.class, title).stream()
                .findFirst();
    }

    private SelectionRound get(long id) {
        return rounds.as("organiser", () -> selection.get(id).orElseThrow());
    }

    private List<MemberRow> commission(long id) {
        return rounds.as("organiser", () -> selection.commission(id));
    }
}
