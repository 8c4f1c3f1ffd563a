package org.npmportal.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.selection.Applicants;
import org.npmportal.selection.CandidateRow;
import org.npmportal.selection.CandidateService;
import org.npmportal.selection.SelectionService;
import org.npmportal.selection.TestRounds;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A round's candidate screen, driven as an organiser drives it. */
@PortalTest
@WithUserDetails("organiser")
class CandidatesViewTest extends SpringBrowserlessTest {

    @Autowired
    CandidateService candidates;
    @Autowired
    SelectionService rounds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserDetailsService users;

    Applicants people;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        people = new Applicants(jdbc, security, users);
    }

    @Test
    void the_screen_shows_the_counts_and_lists_the_candidates_by_code_with_their_status() {
        long round = TestRounds.open(rounds, "Screen");
        candidates.add(round, people.candidate("Айжан Серікова", people.email("aizhan")));
        long bolat = candidates.add(round, people.candidate("Болат Омаров", people.email("bolat"))).getId();
        candidates.withdraw(bolat, "Moved abroad");
        candidates.apply(round, people.request("Vera Kim", people.email("vera")), null, Applicants.address());

        var view = open(round);

        assertThat(view.title.getText()).startsWith("Candidates: Screen ");
        assertThat(counts(view)).containsExactly("Candidates: 3", "Address not confirmed: 1", "Active: 1",
                "Withdrawn: 1");
        assertThat(codes(view)).containsExactly("C-001", "C-002", "C-003");
        var grid = test(view.grid);
        assertThat(grid.getCellText(1, grid.getColumnPosition("status"))).isEqualTo("Withdrawn");
        assertThat(grid.getCellText(2, grid.getColumnPosition("source"))).isEqualTo("Application");
        assertThat(grid.getCellText(0, grid.getColumnPosition("region"))).isEqualTo("Astana");
        assertThat(view.applicationLink.getHref()).isEqualTo("apply/" + round);

        test(view.statuses).selectItem("Withdrawn");
        assertThat(codes(view)).containsExactly("C-002");
        view.statuses.clear();
        test(view.search).setValue("VERA");
        assertThat(codes(view)).containsExactly("C-003");
    }

    @Test
    void the_add_dialog_checks_the_candidates_rules_in_russian_and_saves_a_good_candidate() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        long round = TestRounds.open(rounds, "Add dialog");
        var view = open(round);

        test(view.add).click();
        roundTrip();
        var dialog = view.candidateDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fullName.getMaxLength()).isEqualTo(200);
        assertThat(dialog.fullName.isRequiredIndicatorVisible()).isTrue();
        test(dialog.email).setValue("not an address");
        test(dialog.save).click();

        assertThat(dialog.fullName.isInvalid()).isTrue();
        assertThat(dialog.fullName.getErrorMessage()).isEqualTo("Введите полное имя.");
        assertThat(dialog.email.getErrorMessage())
                .isEqualTo("Это неверный адрес электронной почты. Он должен выглядеть как name@example.org.");
        assertThat(dialog.region.getErrorMessage()).isEqualTo("Выберите регион.");
        assertThat(people.candidates(round)).isZero();

        test(dialog.fullName).setValue("Айжан Серікова");
        test(dialog.email).setValue(people.email("Aizhan"));
        test(dialog.region).selectItem("Шымкент");
        test(dialog.language).selectItem(Language.KK.nativeName());
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(people.stored(round, people.email("aizhan"))).containsEntry("full_name", "Айжан Серікова")
                .containsEntry("language", "KK").containsEntry("source", "ADDED")
                .containsEntry("region_id", Applicants.region(jdbc, "SHYMKENT"));
        assertThat(lastNotification()).isEqualTo("Кандидат C-001 (Айжан Серікова) добавлен.");
        assertThat(codes(view)).containsExactly("C-001");
    }

    @Test
    void an_address_the_round_has_already_is_shown_on_the_email_field_and_an_edit_saves_the_change() {
        long round = TestRounds.open(rounds, "Edit dialog");
        candidates.add(round, people.candidate("Айжан Серікова", people.email("aizhan")));
        candidates.add(round, people.candidate("Болат Омаров", people.email("bolat")));
        var view = open(round);

        test(view.grid).select(1);
        test(view.edit).click();
        roundTrip();
        var dialog = view.candidateDialog;
        assertThat(dialog.fullName.getValue()).isEqualTo("Болат Омаров");
        test(dialog.email).setValue(people.email("aizhan"));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage())
                .isEqualTo("This round already has a candidate with this e-mail address.");

        test(dialog.email).setValue(people.email("bolat.omarov"));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(people.stored(round, people.email("bolat.omarov"))).containsEntry("code", "C-002");
        assertThat(people.stored(round, people.email("bolat"))).isNull();
    }

    @Test
    void withdrawing_asks_for_a_reason_and_then_shows_the_candidate_as_withdrawn() {
        long round = TestRounds.open(rounds, "Withdraw dialog");
        long id = candidates.add(round, people.candidate("Айжан Серікова", people.email("aizhan"))).getId();
        var view = open(round);
        assertThat(view.withdraw.isEnabled()).as("nobody chosen").isFalse();

        test(view.grid).select(0);
        test(view.withdraw).click();
        roundTrip();
        test(view.withdrawDialog.confirm).click();
        assertThat(view.withdrawDialog.reason.isInvalid()).isTrue();
        assertThat(people.stored(round, people.email("aizhan"))).containsEntry("status", "ACTIVE");

        test(view.withdrawDialog.reason).setValue("Asked by the candidate");
        test(view.withdrawDialog.confirm).click();

        assertThat(people.stored(round, people.email("aizhan"))).containsEntry("status", "WITHDRAWN");
        assertThat(people.audit("CANDIDATE_WITHDRAWN", id)).singleElement().asString()
                .endsWith("reason: Asked by the candidate");
        assertThat(counts(view)).contains("Withdrawn: 1");
    }

    @Test
    void an_imported_file_with_a_bad_line_lists_it_and_a_good_file_imports_everyone() {
        long round = TestRounds.open(rounds, "Import dialog");
        var view = open(round);
        test(view.importCsv).click();
        roundTrip();
        var dialog = view.importDialog;

        byte[] bad = ("Name,Email,Phone,Organisation,Region\nAsel Nur," + people.email("asel") + ",,,Atlantis\n")
                .getBytes(StandardCharsets.UTF_8);
        test(dialog.upload).upload("people.csv", "text/csv", bad);
        assertThat(dialog.problems.isVisible()).isTrue();
        assertThat(dialog.problems.getElement().getTextRecursively()).contains("Line 2: Region: There is no such region.");
        assertThat(people.candidates(round)).isZero();

        byte[] good = ("\uFEFFAsel Nur;" + people.email("asel") + ";;;Астана\r\nДана Ким;" + people.email("dana")
                + ";;;Алматы облысы\r\n").getBytes(StandardCharsets.UTF_8);
        test(dialog.upload).upload("people.csv", "text/csv", good);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Candidates imported: 2.");
        assertThat(codes(view)).containsExactly("C-001", "C-002");
    }

    @Test
    void a_cv_is_attached_to_the_chosen_candidate_and_downloaded_under_its_code() throws Exception {
        long round = TestRounds.open(rounds, "CV dialog");
        candidates.add(round, people.candidate("Айжан Серікова", people.email("aizhan")));
        var view = open(round);
        test(view.grid).select(0);
        assertThat(view.downloadCv.isVisible()).as("no CV yet").isFalse();

        test(view.attachCv).click();
        roundTrip();
        test(view.cvDialog.upload).upload("cv.pdf", "application/pdf", "GIF89a".getBytes(StandardCharsets.US_ASCII));
        assertThat(view.cvDialog.problem.getText()).isEqualTo("The CV must be a PDF file.");
        test(view.cvDialog.upload).upload("Түйіндеме.pdf", "application/pdf", Applicants.PDF);

        assertThat(view.cvDialog.isOpened()).isFalse();
        test(view.grid).select(0);
        assertThat(view.downloadCv.isVisible()).isTrue();
        var pdf = new ByteArrayOutputStream();
        test(view.downloadCv).download(pdf);
        assertThat(pdf.toByteArray()).isEqualTo(Applicants.PDF);
    }

    @Test
    void the_exports_hold_exactly_the_filtered_candidates_and_defuse_formulas() throws Exception {
        long round = TestRounds.open(rounds, "Export");
        var risky = people.candidate("Айжан Серікова", people.email("aizhan"));
        risky.setOrganisation("=HYPERLINK(\"http://evil.example\")");
        candidates.add(round, risky);
        long bolat = candidates.add(round, people.candidate("Болат Омаров", people.email("bolat"))).getId();
        candidates.withdraw(bolat, "Moved abroad");
        var view = open(round);
        test(view.statuses).selectItem("Active");

        var csv = new ByteArrayOutputStream();
        test(view.exportCsv).download(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCode,Full name,E-mail,Phone,Organisation,Region");
        assertThat(text.split("\r\n")).hasSize(2);
        assertThat(text).contains("C-001,Айжан Серікова," + people.email("aizhan")
                + ",,\"'=HYPERLINK(\"\"http://evil.example\"\")\",Astana");

        view.statuses.clear();
        var xlsx = new ByteArrayOutputStream();
        test(view.exportExcel).download(xlsx);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).extracting(row -> row.getCellText(0)).containsExactly("Code", "C-001", "C-002");
            assertThat(rows.get(2).getCellText(11)).isEqualTo("Withdrawn");
        }
    }

    @Test
    void an_address_without_such_a_round_shows_not_found() {
        UI.getCurrent().navigate("selection/999999999/candidates");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private CandidatesView open(long round) {
        navigate("", Component.class);
        return navigate("selection/" + round + "/candidates", CandidatesView.class);
    }

    private List<String> codes(CandidatesView view) {
        var grid = test(view.grid);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            codes.add(((CandidateRow) grid.getRow(i)).code());
        }
        return codes;
    }

    private static List<String> counts(CandidatesView view) {
        return view.counts.getChildren().map(child -> ((Span) child).getText()).toList();
    }

    private String lastNotification() {
        var shown = find(Notification.class).all().stream().filter(Notification::isOpened).toList();
        assertThat(shown).as("open notifications").isNotEmpty();
        return test(shown.getLast()).getText();
    }
}
