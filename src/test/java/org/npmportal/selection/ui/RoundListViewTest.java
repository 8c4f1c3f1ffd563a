package org.npmportal.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.directory.DirectoryService;
import org.npmportal.selection.SelectionService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The list of selection rounds, as organisers and commission members see it. */
@PortalTest
@WithUserDetails("organiser")
class RoundListViewTest extends SpringBrowserlessTest {

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
    void an_organiser_sees_every_round_with_its_phase_window_and_candidates_and_opens_one() {
        String title = RoundSetup.unique("Listed");
        var round = rounds.rating(title, false, false, "Ulan Listed", "Venera Listed");
        var view = navigate("selection", RoundListView.class);
        assertThat(view.newRound.isVisible()).isTrue();

        var grid = test(view.grid);
        int row = rowOf(view, title);
        assertThat(grid.getCellText(row, grid.getColumnPosition("year"))).isEqualTo("2015");
        assertThat(((Badge) grid.getCellComponent(row, "phase")).getText()).isEqualTo("Rating");
        assertThat(grid.getCellText(row, grid.getColumnPosition("applications"))).isEqualTo("Jan 10, 2015 – Feb 10, 2015");
        assertThat(grid.getCellText(row, grid.getColumnPosition("seats"))).isEqualTo("10");
        assertThat(grid.getCellText(row, grid.getColumnPosition("candidates"))).isEqualTo("2");

        grid.clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(RoundView.class);
        assertThat(((RoundView) getCurrentView()).getPageTitle()).isEqualTo(title);
        assertThat(round.id()).isPositive();
    }

    @Test
    void new_round_opens_the_empty_editor() {
        var view = navigate("selection", RoundListView.class);
        test(view.newRound).click();

        var editor = (RoundView) getCurrentView();
        assertThat(editor.getPageTitle()).isEqualTo("New selection round");
        assertThat(editor.details.title.getValue()).isEmpty();
        assertThat(editor.criteriaSection.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("commission3")
    void a_commission_member_sees_only_the_rounds_they_sit_on_and_cannot_start_one() {
        String theirs = RoundSetup.unique("Helen sits on this");
        String others = RoundSetup.unique("Helen does not");
        rounds.draftWithCommission(theirs, "commission3");
        rounds.draftWithCommission(others, "commission1", "commission2");

        var view = navigate("selection", RoundListView.class);

        assertThat(view.newRound.isVisible()).isFalse();
        var grid = test(view.grid);
        var titles = IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).title()).toList();
        assertThat(titles).contains(theirs).doesNotContain(others);
    }

    private int rowOf(RoundListView view, String title) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).title().equals(title)).findFirst()
                .orElseThrow();
    }
}
