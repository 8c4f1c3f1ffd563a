package org.npmportal.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.npmportal.selection.ResultsFixture.ORGANISER;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.selection.CandidateBreakdown;
import org.npmportal.selection.Outcome;
import org.npmportal.selection.ResultFigures;
import org.npmportal.selection.ResultRow;
import org.npmportal.selection.ResultsFixture;
import org.npmportal.selection.ResultsService;
import org.npmportal.selection.RoundPhase;
import org.npmportal.selection.SelectionService;
import org.npmportal.support.PortalTest;
import org.npmportal.support.SentToBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A round's results page, driven as the chair, a plain member and an organiser drive it, on the round of
 * {@link ResultsFixture}: C-001, C-004, C-002, then C-003 and C-005 tied at =4; Almaty's seat to C-003.
 */
@PortalTest
@WithUserDetails(ResultsFixture.CHAIR)
class ResultsViewTest extends SpringBrowserlessTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String REASON = "Speaks Kazakh and Russian, needed in Almaty";

    @Autowired
    ApplicationContext context;
    @Autowired
    ResultsService results;
    @Autowired
    SelectionService rounds;

    private ResultsFixture fixture;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        fixture = new ResultsFixture(context);
    }

    @Test
    void the_chair_sees_the_proposal_with_its_ties_and_decides_after_being_told_that_it_freezes() {
        var round = fixture.inDeliberation("Decide", false);
        var view = open(round);

        assertThat(view.title.getText()).isEqualTo(round.title());
        assertThat(view.phase.getText()).isEqualTo("Deliberation");
        assertThat(view.state.getText()).startsWith("Nothing is decided yet");
        assertThat(view.summary.getElement().getTextRecursively()).contains("5Candidates", "3Seats", "3Selected",
                "1Reserve list", "1To discuss");
        assertThat(view.agreement.getText()).startsWith("Reading: ");
        assertThat(codes(view)).containsExactly("C-001", "C-004", "C-002", "C-003", "C-005");
        var grid = test(view.ranking);
        assertThat(cell(view, 0, "mean")).isEqualTo("90.000");
        assertThat(cell(view, 0, "sd")).isEqualTo("9.813");
        assertThat(cell(view, 3, "rank")).isEqualTo("=4");
        assertThat(cell(view, 4, "rank")).isEqualTo("=4");
        assertThat(cell(view, 3, "proposed")).isEqualTo("Selected (regional seat)");
        assertThat(cell(view, 4, "proposed")).isEqualTo("Not selected");
        assertThat(((Badge) grid.getCellComponent(3, "discuss")).getText()).isEqualTo("Discuss");
        assertThat(view.ranking.getColumnByKey("decided").isVisible()).isFalse();
        assertThat(view.decide.isVisible()).isTrue();
        assertThat(view.publish.isVisible()).isFalse();

        test(view.decide).click();
        roundTrip();
        assertThat(view.decideDialog.isOpened()).isTrue();
        assertThat(test(view.decideDialog).getText()).contains("frozen for all 5 candidates",
                "only with a written reason");
        test(view.decideDialog).confirm();

        assertThat(fixture.as(ORGANISER, () -> rounds.get(round.id())).orElseThrow().getPhase())
                .isEqualTo(RoundPhase.DECIDED);
        assertThat(view.phase.getText()).isEqualTo("Decided");
        assertThat(view.state.getText()).startsWith("Decided on ");
        assertThat(view.decide.isVisible()).isFalse();
        assertThat(view.publish.isVisible()).as("the chair may publish").isTrue();
        assertThat(cell(view, 0, "decided")).isEqualTo("Selected");
        assertThat(cell(view, 2, "decided")).isEqualTo("Reserve (place 1)");
        assertThat(cell(view, 4, "decided")).isEqualTo("Not selected");
        assertThat(lastNotification()).isEqualTo("The decision is taken.");
    }

    @Test
    void a_reason_too_short_is_shown_on_its_field_in_russian_and_changes_nothing() {
        UI.getCurrent().setLocale(RUSSIAN);
        var round = fixture.decided("Short reason", false);
        var view = open(round);

        changePlace(view, 4);
        assertThat(view.overrideDialog.isOpened()).isTrue();
        assertThat(view.overrideDialog.candidate.getText()).isEqualTo("C-005 · Данияр Нұрғалиев, сейчас: Не отобран");
        test(view.overrideDialog.outcome).selectItem("Резерв");
        test(view.overrideDialog.reason).setValue("Коротко");
        test(view.overrideDialog.confirm).click();

        assertThat(view.overrideDialog.reason.isInvalid()).isTrue();
        assertThat(view.overrideDialog.reason.getErrorMessage())
                .isEqualTo("Напишите причину изменения (не менее 10 символов); она войдёт в протокол.");
        assertThat(view.overrideDialog.isOpened()).isTrue();
        var stored = row(fixture.as(ORGANISER, () -> results.results(round.id())).rows(), "C-005");
        assertThat(stored.outcome()).isEqualTo(Outcome.NOT_SELECTED);
        assertThat(fixture.as(ORGANISER, () -> results.overrides(round.id()))).isEmpty();
    }

    @Test
    void a_change_of_place_with_a_reason_moves_the_candidate_marks_it_and_lists_it_with_the_reason() {
        var round = fixture.decided("Change place", false);
        var view = open(round);

        changePlace(view, 4);
        test(view.overrideDialog.outcome).selectItem("Reserve");
        test(view.overrideDialog.reason).setValue(REASON);
        test(view.overrideDialog.confirm).click();

        assertThat(view.overrideDialog.isOpened()).isFalse();
        assertThat(cell(view, 4, "decided")).isEqualTo("Reserve (place 2)");
        assertThat(((Badge) test(view.ranking).getCellComponent(4, "overridden")).getText()).isEqualTo("Changed");
        var stored = row(fixture.as(ORGANISER, () -> results.results(round.id())).rows(), "C-005");
        assertThat(stored.outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(stored.overridden()).isTrue();
        assertThat(lastNotification()).isEqualTo("The place is changed and the reason recorded.");

        test(view.tabs).select("Changes by the chair");
        roundTrip();
        var overrides = test(view.overrides);
        assertThat(overrides.size()).isEqualTo(1);
        assertThat(overrides.getCellText(0, overrides.getColumnPosition("code"))).isEqualTo("C-005");
        assertThat(overrides.getCellText(0, overrides.getColumnPosition("change"))).isEqualTo("Not selected → Reserve");
        assertThat(overrides.getCellText(0, overrides.getColumnPosition("reason"))).isEqualTo(REASON);
        assertThat(overrides.getCellText(0, overrides.getColumnPosition("by"))).isEqualTo(ResultsFixture.CHAIR);
    }

    @Test
    @WithUserDetails(ResultsFixture.MEMBER)
    void a_plain_member_is_told_in_the_rating_phase_that_results_are_shown_from_deliberation_on() {
        var round = fixture.rated("Not yet", false);

        var view = open(round);

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).isEqualTo("Results are shown to the commission from deliberation on.");
        assertThat(view.content.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(ResultsFixture.MEMBER)
    void in_a_blind_round_a_member_sees_codes_and_figures_but_no_names_and_no_recusals_until_the_decision() {
        var round = fixture.inDeliberation("Blind", true);

        var view = open(round);

        assertThat(view.content.isVisible()).isTrue();
        assertThat(view.blindNote.isVisible()).isTrue();
        assertThat(view.ranking.getColumnByKey("fullName").isVisible()).isFalse();
        assertThat(codes(view)).containsExactly("C-001", "C-004", "C-002", "C-003", "C-005");
        assertThat(cell(view, 0, "mean")).isEqualTo("90.000");
        assertThat(view.recusalsTab.isVisible()).isFalse();
        assertThat(view.minutesPdf.isVisible()).isFalse();
        assertThat(view.decide.isVisible()).as("only the chair decides").isFalse();
        String sent = SentToBrowser.elements() + "\n" + SentToBrowser.rows(view.ranking);
        assertThat(sent).as("what reaches the member's browser").contains("C-001")
                .doesNotContain("Айгерім Сапарова");

        details(view, 0);
        assertThat(view.breakdown.isOpened()).isTrue();
        assertThat(view.breakdown.getHeaderTitle()).isEqualTo("How the figures came about: C-001");
        var raters = test(view.breakdown.raters);
        assertThat(raters.size()).isEqualTo(3);
    }

    @Test
    @WithUserDetails(ResultsFixture.ORGANISER)
    void an_organiser_sees_names_in_a_blind_round_and_the_recusal_matrix_shows_the_conflict_with_its_reason() {
        var round = fixture.inDeliberation("Blind organiser", true);
        var view = open(round);

        assertThat(view.blindNote.isVisible()).isFalse();
        assertThat(view.ranking.getColumnByKey("fullName").isVisible()).isTrue();
        assertThat(cell(view, 0, "fullName")).isEqualTo("Айгерім Сапарова");
        assertThat(view.decide.isVisible()).as("organisers do not decide").isFalse();

        test(view.tabs).select("Recusals");
        roundTrip();
        var matrix = test(view.recusals.grid);
        assertThat(matrix.size()).as("only candidates with a conflict").isEqualTo(1);
        assertThat(matrix.getCellText(0, matrix.getColumnPosition("code"))).isEqualTo("C-002");
        var helen = view.recusals.grid.getColumns().stream()
                .filter(c -> c.getKey().startsWith("member-") && matrix.getCellText(0,
                        matrix.getColumnPosition(c.getKey())).startsWith("Conflict"))
                .toList();
        assertThat(helen).hasSize(1);
        assertThat(matrix.getCellText(0, matrix.getColumnPosition(helen.getFirst().getKey())))
                .startsWith("Conflict: " + ResultsFixture.RECUSAL_REASON + " (");
        assertThat(view.recusals.summary.getText()).isEqualTo("Declared conflicts of interest: 1");

        test(view.recusals.allCandidates).click();
        assertThat(matrix.size()).isEqualTo(5);
    }

    @Test
    void the_breakdown_shows_each_rater_s_scores_comments_recusal_and_the_history_of_changes() {
        var round = fixture.inDeliberation("Breakdown", false);
        var view = open(round);

        details(view, 2);
        var raters = test(view.breakdown.raters);
        assertThat(view.breakdown.getHeaderTitle()).isEqualTo("How the figures came about: C-002 · Бекзат Омаров");
        List<String> declarations = new ArrayList<>();
        for (int i = 0; i < raters.size(); i++) {
            declarations.add(raters.getCellText(i, raters.getColumnPosition("declaration")));
        }
        assertThat(declarations).contains("Conflict of interest (recused): " + ResultsFixture.RECUSAL_REASON);
        assertThat(rater(view, "Helen Commissioner").total()).isNaN();
        assertThat(rater(view, "Saule Commissioner").total()).isCloseTo(53.333, offset(0.001));
        view.breakdown.close();

        details(view, 3);
        var timur = raterRow(view, "Timur Commissioner");
        var legal = view.breakdown.raters.getColumns().stream()
                .filter(c -> c.getHeaderText() != null && c.getHeaderText().startsWith(ResultsFixture.LEGAL))
                .findFirst().orElseThrow();
        var cell = test(view.breakdown.raters).getCellComponent(timur, legal.getKey());
        assertThat(cell.getElement().getTextRecursively()).isEqualTo("10" + ResultsFixture.COMMENT);
        view.breakdown.close();

        details(view, 0);
        var history = test(view.breakdown.history);
        assertThat(history.size()).as("six scores entered, one of them changed once").isEqualTo(7);
        assertThat(history.getCellText(0, history.getColumnPosition("change"))).isEqualTo("– → 4");
        assertThat(history.getCellText(1, history.getColumnPosition("change"))).isEqualTo("4 → 5");
        assertThat(history.getCellText(1, history.getColumnPosition("by"))).isEqualTo(ResultsFixture.CHAIR);
        assertThat(history.getCellText(1, history.getColumnPosition("criterion"))).isEqualTo(ResultsFixture.EXPERIENCE);
    }

    @Test
    void the_filters_narrow_the_ranking_and_the_z_order_reorders_it_without_changing_any_rank() {
        var round = fixture.inDeliberation("Filters", false);
        var view = open(round);

        test(view.region).selectItem("Almaty");
        assertThat(codes(view)).containsExactly("C-003", "C-005");
        test(view.outcome).selectItem("Not selected");
        assertThat(codes(view)).containsExactly("C-005");
        view.region.clear();
        view.outcome.clear();
        test(view.discussOnly).click();
        assertThat(codes(view)).containsExactly("C-003");
        test(view.discussOnly).click();

        test(view.byZMean).click();
        assertThat(view.zNote.isVisible()).isTrue();
        assertThat(view.zNote.getText()).contains("use the mean");
        var shown = rows(view);
        assertThat(shown).extracting(ResultRow::zMean).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(shown).filteredOn(r -> r.code().equals("C-003")).extracting(ResultFigures::rank)
                .containsExactly("=4");
    }

    @Test
    void the_ranking_and_the_minutes_download_from_the_page() throws Exception {
        var round = fixture.inDeliberation("Downloads", false);
        var view = open(round);

        var csv = new ByteArrayOutputStream();
        test(view.rankingCsv).download(csv);
        var pdf = new ByteArrayOutputStream();
        test(view.minutesPdf).download(pdf);

        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFRank,Code,Name").contains(
                "1,C-001,Айгерім Сапарова");
        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @WithUserDetails(ResultsFixture.ORGANISER)
    void an_address_of_a_round_that_does_not_exist_says_so() {
        UI.getCurrent().navigate("selection/999999999/results");

        var view = (ResultsView) getCurrentView();
        assertThat(view.refusal.getText()).isEqualTo("This record no longer exists. Reload the page.");
        assertThat(view.content.isVisible()).isFalse();
    }

    // ---- helpers ----

    private ResultsView open(ResultsFixture.Round round) {
        navigate("", Component.class);
        var view = navigate("selection/" + round.id() + "/results", ResultsView.class);
        // The tab sheet attaches the selected tab's content just before the response goes out.
        roundTrip();
        return view;
    }

    private List<ResultRow> rows(ResultsView view) {
        var grid = test(view.ranking);
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        return rows;
    }

    private List<String> codes(ResultsView view) {
        return rows(view).stream().map(ResultRow::code).toList();
    }

    private String cell(ResultsView view, int row, String column) {
        var grid = test(view.ranking);
        return grid.getCellText(row, grid.getColumnPosition(column));
    }

    private void details(ResultsView view, int row) {
        test(buttons(view, row).getFirst()).click();
        roundTrip();
    }

    private void changePlace(ResultsView view, int row) {
        var found = buttons(view, row);
        assertThat(found).hasSize(2);
        test(found.get(1)).click();
        roundTrip();
    }

    private List<Button> buttons(ResultsView view, int row) {
        var cell = test(view.ranking).getCellComponent(row, "actions");
        return cell.getChildren().map(Button.class::cast).toList();
    }

    private CandidateBreakdown.Rater rater(ResultsView view, String name) {
        return test(view.breakdown.raters).getRow(raterRow(view, name));
    }

    private int raterRow(ResultsView view, String name) {
        var raters = test(view.breakdown.raters);
        for (int i = 0; i < raters.size(); i++) {
            if (raters.getRow(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no rater " + name);
    }

    private static ResultRow row(List<ResultRow> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private String lastNotification() {
        var shown = find(Notification.class).all().stream().filter(Notification::isOpened).toList();
        assertThat(shown).as("open notifications").isNotEmpty();
        return test(shown.getLast()).getText();
    }
}
