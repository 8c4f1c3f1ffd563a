package org.npmportal.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.UserFacingException;
import org.npmportal.directory.DirectoryService;
import org.npmportal.selection.DeclarationState;
import org.npmportal.selection.QueueItem;
import org.npmportal.selection.RatingService;
import org.npmportal.selection.SelectionService;
import org.npmportal.support.PortalTest;
import org.npmportal.support.SentToBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The rating screen, driven as a commission member drives it; what it stores is read back from the services. */
@PortalTest
@WithUserDetails("commission1")
class RatingViewTest extends SpringBrowserlessTest {

    @Autowired
    SelectionService selection;
    @Autowired
    RatingService ratings;
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
    void after_declaring_no_conflict_each_score_is_saved_as_it_is_clicked_and_the_progress_follows() {
        var round = rounds.rating(RoundSetup.unique("Saved as you go"), false, false, "Aigul Saved", "Bolat Saved",
                "Dana Saved");
        var view = open(round.id());
        assertThat(view.progressText.getText()).isEqualTo("Rated 0 of 3");
        assertThat(badge(view, 0)).isEqualTo("Not declared");
        assertThat(view.submit.isEnabled()).isFalse();

        test(view.queue).select(0);
        assertThat(view.panel.gate.isVisible()).isTrue();
        assertThat(view.panel.file.isVisible()).isFalse();
        assertThat(view.panel.heading.getText()).isEqualTo("C-001 — Aigul Saved");
        test(view.panel.noConflict).click();

        assertThat(view.panel.gate.isVisible()).isFalse();
        assertThat(view.panel.file.getElement().getTextRecursively()).contains("Aigul Saved Human Rights Bureau")
                .contains("Took part in 12 preventive visits");
        var experience = view.panel.criteria.getFirst();
        assertThat(test(experience.points).getSelected()).isNull();
        test(experience.points).selectItem("4");

        long candidate = round.candidates().getFirst();
        assertThat(ratings.open(round.id(), candidate).myScores().get(round.criteria().getFirst()).value())
                .isEqualTo(4);
        assertThat(experience.saved.getText()).isEqualTo("Saved");
        assertThat(badge(view, 0)).isEqualTo("1 of 2 scored");
        assertThat(view.progressText.getText()).isEqualTo("Rated 0 of 3");

        test(experience.points).selectItem("5 — led many visits");
        test(experience.comment).setValue("Led the Karaganda visits");
        test(view.panel.criteria.get(1).points).selectItem("2");

        var stored = ratings.open(round.id(), candidate).myScores();
        assertThat(stored.get(round.criteria().getFirst()).value()).isEqualTo(5);
        assertThat(stored.get(round.criteria().getFirst()).comment()).isEqualTo("Led the Karaganda visits");
        assertThat(stored.get(round.criteria().get(1)).value()).isEqualTo(2);
        assertThat(badge(view, 0)).isEqualTo("Complete");
        assertThat(view.progressText.getText()).isEqualTo("Rated 1 of 3");
        assertThat(view.progressBar.getValue()).isEqualTo(1.0 / 3);
    }

    @Test
    void the_file_shows_the_seminars_the_candidate_attended_and_a_newcomer_is_named_as_such() {
        var round = rounds.rating(RoundSetup.unique("History"), false, false, "Aigul Trained", "Bolat New");
        var attendee = jdbc.queryForMap("""
                select r.email, s.title from registration r join seminar s on s.id = r.seminar_id
                where s.status = 'COMPLETED' and r.certificate_number is not null order by r.id limit 1""");
        jdbc.update("update selection_candidate set email = ? where id = ?", attendee.get("email"),
                round.candidates().getFirst());
        var view = open(round.id());

        test(view.queue).select(0);
        test(view.panel.noConflict).click();
        assertThat(view.panel.file.getElement().getTextRecursively()).contains("Earlier in the portal")
                .contains((String) attendee.get("title")).contains("present 2 of 2 days.")
                .contains("Certificate issued.");

        test(view.queue).select(1);
        test(view.panel.noConflict).click();
        assertThat(view.panel.file.getElement().getTextRecursively())
                .contains("No earlier roster or seminar: new to the portal.");
    }

    @Test
    void the_cv_link_on_the_file_downloads_the_candidates_pdf() throws Exception {
        var round = rounds.rating(RoundSetup.unique("CV"), false, false, "Aigul Cv");
        byte[] pdf = "%PDF-1.4 demo cv".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        jdbc.update("insert into selection_cv (candidate_id, file_name, size_bytes, content, uploaded_at) "
                + "values (?, 'cv.pdf', ?, ?, current_timestamp)", round.candidates().getFirst(), pdf.length, pdf);
        var view = open(round.id());
        test(view.queue).select(0);
        test(view.panel.noConflict).click();

        assertThat(view.panel.cv.getParent()).isPresent();
        var download = new java.io.ByteArrayOutputStream();
        test(view.panel.cv).download(download);
        assertThat(download.toByteArray()).isEqualTo(pdf);
    }

    @Test
    void a_comment_without_a_score_is_explained_on_the_control_which_goes_back_to_what_is_stored() {
        var round = rounds.rating(RoundSetup.unique("Comment first"), false, false, "Erlan Comment");
        var view = open(round.id());
        test(view.queue).select(0);
        test(view.panel.noConflict).click();

        var independence = view.panel.criteria.get(1);
        test(independence.comment).setValue("Works for the regional akimat");

        assertThat(independence.points.isInvalid()).isTrue();
        assertThat(independence.points.getErrorMessage()).isEqualTo("Give a score before writing a comment.");
        assertThat(independence.comment.getValue()).isEmpty();
        assertThat(independence.saved.getText()).isEmpty();
        assertThat(ratings.open(round.id(), round.candidates().getFirst()).myScores()).isEmpty();

        test(independence.points).selectItem("1");
        assertThat(independence.points.isInvalid()).isFalse();
        assertThat(ratings.open(round.id(), round.candidates().getFirst()).myScores()).hasSize(1);
    }

    @Test
    void a_conflict_needs_a_reason_and_a_recused_candidate_cannot_be_opened() {
        var round = rounds.rating(RoundSetup.unique("Recusal"), false, false, "Farida Cousin", "Galym Other");
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        var view = open(round.id());
        test(view.queue).select(0);
        test(view.panel.conflict).click();

        assertThat(view.panel.reason.isInvalid()).isTrue();
        assertThat(view.panel.reason.getErrorMessage()).isEqualTo("Кратко опишите конфликт интересов.");
        assertThat(badge(view, 0)).isEqualTo("Не заявлено");

        test(view.panel.reason).setValue("She is my cousin");
        test(view.panel.conflict).click();

        assertThat(view.panel.recused.isVisible()).isTrue();
        assertThat(view.panel.file.isVisible()).isFalse();
        assertThat(view.panel.criteria).isEmpty();
        assertThat(badge(view, 0)).isEqualTo("Самоотвод");
        assertThat(view.progressText.getText()).isEqualTo("Оценено 0 из 1");
        assertThatThrownBy(() -> ratings.open(round.id(), round.candidates().getFirst()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("selection.declaration.recused"));

        test(view.queue).select(1);
        test(view.queue).select(0);
        assertThat(view.panel.recused.isVisible()).isTrue();
        assertThat(view.panel.file.isVisible()).isFalse();
        assertThat(view.panel.gate.isVisible()).isFalse();
    }

    @Test
    void a_blind_round_shows_no_name_organisation_or_contact_anywhere_on_the_screen() {
        var round = rounds.rating(RoundSetup.unique("Blind"), true, false, "Zhanar Hidden", "Yerlan Hidden");
        var view = open(round.id());
        for (int row = 0; row < 2; row++) {
            test(view.queue).select(row);
            test(view.panel.noConflict).click();
            test(view.panel.criteria.getFirst().points).selectItem("3 — some visits");
            assertThat(view.panel.file.isVisible()).isTrue();
            assertThat(view.panel.cv.getParent()).isEmpty();
            assertNothingIdentifies(view, "Zhanar Hidden", "Yerlan Hidden", "Human Rights Bureau", "hidden",
                    "555 01");
        }
        assertThat(view.nameColumn.isVisible()).isFalse();
        assertThat(view.panel.heading.getText()).isEqualTo("C-002");
        var grid = test(view.queue);
        for (int row = 0; row < grid.size(); row++) {
            QueueItem item = grid.getRow(row);
            assertThat(item.fullName()).isNull();
            assertThat(item.organisation()).isNull();
        }
    }

    @Test
    void submitting_is_possible_only_when_every_candidate_is_declared_and_scored_and_then_shows_the_others_scores() {
        var round = rounds.rating(RoundSetup.unique("Submit"), false, true, "Ilyas Submit", "Kamila Submit");
        rounds.as("commission2", () -> {
            ratings.declare(round.id(), round.candidates().getFirst(), false, null);
            ratings.saveScore(round.id(), round.candidates().getFirst(), round.criteria().getFirst(), 2,
                    "Few visits so far");
        });
        var view = open(round.id());
        assertThat(view.submit.isEnabled()).isFalse();

        test(view.queue).select(0);
        test(view.panel.noConflict).click();
        test(view.panel.criteria.get(0).points).selectItem("4");
        test(view.panel.criteria.get(1).points).selectItem("3");
        assertThat(view.submit.isEnabled()).isFalse();

        test(view.queue).select(1);
        test(view.panel.reason).setValue("My former deputy");
        test(view.panel.conflict).click();
        assertThat(view.progressText.getText()).isEqualTo("Rated 1 of 1");
        assertThat(view.submit.isEnabled()).isTrue();

        test(view.submit).click();
        roundTrip();
        assertThat(view.submitDialog.isOpened()).isTrue();
        test(view.submitDialog).confirm();

        assertThat(selection.myRole(round.id()).submitted()).isTrue();
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.notice.getText()).isEqualTo("You have submitted your ratings.");

        test(view.queue).select(0);
        var experience = view.panel.criteria.getFirst();
        assertThat(experience.points.isReadOnly()).isTrue();
        assertThat(experience.others.isVisible()).isTrue();
        assertThat(experience.others.getElement().getTextRecursively())
                .contains("Timur Commissioner: score 2 — Few visits so far");
        assertThat(view.panel.criteria.get(1).others.isVisible()).isFalse();
    }

    @Test
    void next_candidate_moves_on_with_alt_n_or_ctrl_enter_and_the_filter_leaves_out_what_is_done() {
        var round = rounds.rating(RoundSetup.unique("Next"), false, false, "Lazzat Next", "Madi Next",
                "Nurlan Next");
        var view = open(round.id());
        test(view.queue).select(0);
        test(view.panel.noConflict).click();
        test(view.panel.criteria.get(0).points).selectItem("1 — none");
        test(view.panel.criteria.get(1).points).selectItem("1");

        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(view.panel.heading.getText()).isEqualTo("C-002 — Madi Next");
        assertThat(view.panel.gate.isVisible()).isTrue();
        fireShortcut(Key.ENTER, KeyModifier.CONTROL);
        assertThat(view.panel.heading.getText()).isEqualTo("C-003 — Nurlan Next");

        test(view.filter).selectItem("To do");
        assertThat(test(view.queue).size()).isEqualTo(2);
        test(view.filter).selectItem("Done");
        assertThat(test(view.queue).size()).isEqualTo(1);
        assertThat(test(view.queue).getRow(0).declaration()).isEqualTo(DeclarationState.NO_CONFLICT);
    }

    @Test
    @WithUserDetails("commission3")
    void a_member_of_another_commission_cannot_open_the_round() {
        var round = rounds.rating(RoundSetup.unique("Not yours"), false, false, "Olzhas Private");

        UI.getCurrent().navigate(RatingView.path(round.id()));

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private RatingView open(long roundId) {
        return navigate(RatingView.path(roundId), RatingView.class);
    }

    private String badge(RatingView view, int row) {
        return ((Badge) test(view.queue).getCellComponent(row, "state")).getText();
    }

    /**
     * Every text, attribute and property of every element in the UI, and every row of the list as it is sent
     * to the browser. The candidate's code is there, so the walk does see the screen.
     */
    private void assertNothingIdentifies(RatingView view, String... secrets) {
        String shown = SentToBrowser.elements() + "\n" + SentToBrowser.rows(view.queue);
        assertThat(shown).contains(view.panel.heading.getText());
        for (String secret : secrets) {
            assertThat(shown.toLowerCase()).as("nothing shows %s", secret).doesNotContain(secret.toLowerCase());
        }
    }
}
