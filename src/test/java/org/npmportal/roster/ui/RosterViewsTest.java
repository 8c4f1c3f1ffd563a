package org.npmportal.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.registration.TestRegistrations;
import org.npmportal.roster.MemberChangeRequest;
import org.npmportal.roster.MemberRole;
import org.npmportal.roster.MemberRow;
import org.npmportal.roster.MemberStatus;
import org.npmportal.roster.RequirementDetails;
import org.npmportal.roster.RosterFilter;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;
import org.npmportal.roster.RosterSummary;
import org.npmportal.roster.TestRosters;
import org.npmportal.roster.TrainingService;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The roster screens, driven as an organiser drives them; each test that changes data uses its own roster. */
@PortalTest
@WithUserDetails("organiser")
class RosterViewsTest extends SpringBrowserlessTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    RosterService rosters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrainingService training;
    @Autowired
    SeminarService seminars;

    TestRosters test;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        test = new TestRosters(rosters, jdbc);
    }

    @Test
    void the_list_shows_the_demo_rosters_newest_first_and_a_click_opens_one() {
        var view = navigate(RosterListView.class);
        test(view.search).setValue("NPM monitors");

        var grid = test(view.grid);
        List<RosterSummary> rows = java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        assertThat(rows).extracting(RosterSummary::title).startsWith("NPM monitors 2015", "NPM monitors 2014");
        assertThat(rows.get(1).members()).isEqualTo(112);
        assertThat(rows.getFirst().regionsShort()).isPositive();
        assertThat(grid.getCellText(0, grid.getColumnPosition("period"))).isEqualTo("Jan 1, 2015 – Dec 31, 2015");

        grid.clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(RosterView.class);
        assertThat(((RosterView) getCurrentView()).title.getText()).isEqualTo("NPM monitors 2015");
    }

    @Test
    void a_new_roster_with_bad_input_shows_the_problems_on_the_fields_in_russian_and_saves_nothing() {
        UI.getCurrent().setLocale(RUSSIAN);
        navigate("", Component.class);
        var view = navigate(RosterListView.class);
        int before = jdbc.queryForObject("select count(*) from roster", Integer.class);

        test(view.newRoster).click();
        roundTrip();
        var dialog = view.dialog;
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.programme).setValue("   ");
        test(dialog.endsOn).setValue(LocalDate.of(dialog.startsOn.getValue().getYear() - 1, 1, 1));
        test(dialog.title).setValue("Состав\u0007");
        test(dialog.save).click();

        assertThat(dialog.programme.isInvalid()).isTrue();
        assertThat(dialog.programme.getErrorMessage()).isEqualTo("Укажите программу, например «Мониторы НПМ».");
        assertThat(dialog.endsOn.getErrorMessage()).isEqualTo("Последний день не может быть раньше первого.");
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Удалите из текста специальные (управляющие) символы.");
        assertThat(jdbc.queryForObject("select count(*) from roster", Integer.class)).isEqualTo(before);

        String programme = TestRosters.programme("Программа");
        test(dialog.programme).setValue(programme);
        test(dialog.title).setValue("");
        test(dialog.year).setValue(2016);
        test(dialog.startsOn).setValue(LocalDate.of(2016, 1, 1));
        test(dialog.endsOn).setValue(LocalDate.of(2016, 12, 31));
        test(dialog.targets.values().iterator().next()).setValue(4);
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(RosterView.class);
        assertThat(((RosterView) getCurrentView()).title.getText()).isEqualTo(programme + " 2016");
    }

    @Test
    void adding_a_member_twice_marks_the_address_and_adding_once_lists_them() {
        var roster = test.roster("Add in view", 2014, Map.of("ASTANA", 2));
        var view = open(roster);

        test(view.members.add).click();
        roundTrip();
        var dialog = view.members.dialog;
        test(dialog.fullName).setValue("Әлия Сапарова");
        test(dialog.email).setValue("Aliya.Saparova@Example.kz");
        test(dialog.region).selectItem("Astana");
        test(dialog.shareContacts).click();
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(names(view)).containsExactly("Әлия Сапарова");
        assertThat(lastNotification()).isEqualTo("Әлия Сапарова was added to the roster.");

        test(view.members.add).click();
        roundTrip();
        test(dialog.fullName).setValue("Әлия Сапарова");
        test(dialog.email).setValue("aliya.saparova@example.kz");
        test(dialog.region).selectItem("Astana");
        test(dialog.save).click();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("This person (this e-mail address) is already on the roster.");
        assertThat(test.count("select count(*) from roster_member where roster_id = ?", roster.id())).isEqualTo(1);
    }

    @Test
    void a_withdrawal_needs_a_reason_on_the_field_and_then_shows_in_the_history_and_the_status() {
        var roster = test.roster("Withdraw in view", 2014, Map.of());
        var member = test.member(roster, "Бақыт Жолдасов", "bakyt@example.kz", "ABAI");
        var view = open(roster);

        test(view.members.grid).clickRow(0);
        roundTrip();
        var dialog = view.members.dialog;
        assertThat(dialog.changeSection.isVisible()).isTrue();
        test(dialog.newStatus).selectItem("Withdrawn");
        test(dialog.effectiveOn).setValue(LocalDate.of(2014, 10, 1));
        test(dialog.recordChange).click();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give a reason for a suspension or withdrawal.");
        assertThat(rosters.member(member.id()).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVE);

        test(dialog.reason).setValue("Joined the facility’s administration");
        test(dialog.recordChange).click();

        assertThat(rosters.member(member.id()).orElseThrow().status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(test(dialog.history).size()).isEqualTo(2);
        assertThat(test(dialog.history).getCellText(1, 3)).isEqualTo("Joined the facility’s administration");
        var grid = test(view.members.grid);
        assertThat(grid.getCellText(0, grid.getColumnPosition("onTeam"))).isEqualTo("Jan 1, 2014 – Oct 1, 2014");
    }

    @Test
    void coverage_marks_the_regions_short_of_their_target_in_the_table_and_the_chart() {
        var roster = test.roster("Coverage in view", 2014, Map.of("ASTANA", 2, "ABAI", 1));
        test.member(roster, "Бір Адам", "one.coverage@example.kz", "ASTANA");
        test.member(roster, "Екі Адам", "two.coverage@example.kz", "ABAI");
        var view = open(roster);

        view.tabs.setSelectedIndex(1);
        roundTrip();

        assertThat(view.coverage.summary.getText())
                .isEqualTo("Counted on Dec 31, 2014: 1 regions are short of their target, 1 monitors missing in all.");
        var table = test(view.coverage.table);
        assertThat(table.getCellText(0, table.getColumnPosition("region"))).isEqualTo("Astana");
        assertThat(table.getCellText(0, table.getColumnPosition("gap"))).isEqualTo("1");
        List<Div> rows = view.coverage.chart.getChildren().map(Div.class::cast).toList();
        assertThat(rows).hasSize(20);
        assertThat(rows.getFirst().getClassNames()).contains("coverage-row", "coverage-short");
        assertThat(rows.getFirst().getElement().getTextRecursively()).contains("1 of 2 – short by 1");
        assertThat(rows.get(3).getClassNames()).as("Abai meets its target").doesNotContain("coverage-short");
    }

    @Test
    void carrying_over_starts_with_every_active_member_chosen_and_opens_the_new_roster() {
        var roster = test.roster("Carry in view", 2014, Map.of("ASTANA", 3));
        test.member(roster, "Бір Адам", "one.carry@example.kz", "ASTANA");
        var leaving = test.member(roster, "Екі Адам", "two.carry@example.kz", "ASTANA");
        rosters.change(leaving.id(), leaving.version(), new MemberChangeRequest(MemberRole.MONITOR,
                MemberStatus.WITHDRAWN, LocalDate.of(2014, 5, 1), "Moved"));
        var view = open(roster);

        test(view.carryOver).click();
        roundTrip();
        assertThat(view.carryOverDialog.members.getSelectedItems()).extracting(MemberRow::fullName)
                .containsExactly("Бір Адам");
        assertThat(view.carryOverDialog.carry.getText()).isEqualTo("Carry over 1");
        test(view.carryOverDialog.carry).click();

        var next = (RosterView) getCurrentView();
        assertThat(next.title.getText()).isEqualTo(roster.programme() + " 2015");
        assertThat(next.carriedFrom.getText()).isEqualTo("Carried over from " + roster.title());
        next.tabs.setSelectedIndex(2);
        roundTrip();
        assertThat(next.comparison.summary.getText())
                .isEqualTo("Compared with " + roster.title() + ": 1 stayed, 0 joined, 1 left.");
    }

    @Test
    void the_team_exports_as_csv_excel_and_pdf_hold_the_filtered_members() throws Exception {
        var roster = test.roster("Export in view", 2014, Map.of());
        test.member(roster, "Ғалым Ерсейітов", "galym@example.kz", "ASTANA");
        rosters.addMember(roster.id(), new org.npmportal.roster.MemberDetails("Формула Адам", "formula@example.kz",
                null, "=HYPERLINK(\"x\")", test.regionId("ABAI"), MemberRole.MONITOR, null, roster.startsOn(), null,
                false));
        var view = open(roster);

        var csv = new ByteArrayOutputStream();
        test(view.exportCsv).download(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFName,E-mail,Phone,Organisation,Region,Role,Status");
        assertThat(text).contains("Ғалым Ерсейітов,galym@example.kz", "\"'=HYPERLINK(\"\"x\"\")\"");

        test(view.members.region).selectItem("Astana");
        var excel = new ByteArrayOutputStream();
        test(view.exportExcel).download(excel);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(excel.toByteArray()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Ғалым Ерсейітов");
        }

        var pdf = new ByteArrayOutputStream();
        test(view.exportPdf).download(pdf);
        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            String printed = new PDFTextStripper().getText(document);
            assertThat(printed).contains(roster.title(), "Ғалым Ерсейітов").doesNotContain("galym@example.kz");
        }
    }

    @Test
    @WithUserDetails("commission1")
    void a_commission_member_reads_a_roster_without_any_way_to_change_it() {
        long id = rosters.list(new RosterFilter("NPM monitors", 2014), PageRequest.of(0, 1)).getFirst().id();
        var view = navigate("rosters/" + id, RosterView.class);
        roundTrip();

        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.carryOver.isVisible()).isFalse();
        assertThat(view.members.add.isVisible()).isFalse();
        test(view.members.grid).clickRow(0);
        roundTrip();
        assertThat(view.members.dialog.save.isVisible()).isFalse();
        assertThat(view.members.dialog.changeSection.isVisible()).isFalse();
        assertThat(view.members.dialog.fullName.isReadOnly()).isTrue();
    }

    @Test
    void the_contact_sheet_shows_only_the_members_who_agreed() {
        var roster = test.roster("Contacts in view", 2014, Map.of());
        rosters.addMember(roster.id(), test.details(roster, "Келіскен Адам", "agreed@example.kz", "ATYRAU",
                MemberRole.MONITOR, true));
        rosters.addMember(roster.id(), test.details(roster, "Келіспеген Адам", "private@example.kz", "ATYRAU",
                MemberRole.MONITOR, false));
        var view = open(roster);

        view.tabs.setSelectedIndex(4);
        roundTrip();

        String sheet = view.contacts.sheet.getElement().getTextRecursively();
        assertThat(sheet).contains("Atyrau Region", "Келіскен Адам", "agreed@example.kz",
                "Another 1 on the team here did not agree to share their details.");
        assertThat(sheet).doesNotContain("Келіспеген", "private@example.kz");
    }

    @Test
    void the_profile_shows_every_roster_of_the_person_and_the_seminars_they_attended() {
        String email = jdbc.queryForObject("""
                select r.email from registration r join seminar s on s.id = r.seminar_id
                where s.id = ? and r.status = 'CONFIRMED'
                  and (select count(*) from attendance a where a.registration_id = r.id) = 2
                order by r.id desc limit 1
                """, String.class, test.demoSeminar2013("Almaty"));
        String programme = TestRosters.programme("Profile in view");
        var y2014 = test.rosterOf(programme, 2014, Map.of());
        var y2015 = test.rosterOf(programme, 2015, Map.of());
        test.member(y2014, "Профиль Адам", email, "ALMATY_CITY");
        var latest = test.member(y2015, "Профиль Адам", email, "ALMATY_CITY");

        var view = navigate("rosters/members/" + latest.id(), MonitorProfileView.class);

        assertThat(view.name.getText()).isEqualTo("Профиль Адам");
        assertThat(view.memberships.getElement().getTextRecursively()).contains(y2015.title(), y2014.title());
        assertThat(test(view.seminars).size()).isPositive();
        assertThat(test(view.seminars).getCellText(0, 3)).isEqualTo("2 of 2 days");
    }

    @Test
    void the_training_tab_shows_who_met_a_requirement_and_invites_the_others_to_its_next_seminar() {
        long upcoming = TestRegistrations.seminar(seminars, "NPM basics in view", 30, false);
        long astana = test.demoSeminar2013("Astana");
        String trained = jdbc.queryForObject("""
                select r.email from registration r where r.seminar_id = ? and r.status = 'CONFIRMED'
                  and (select count(*) from attendance a where a.registration_id = r.id) = 2
                order by r.id limit 1
                """, String.class, astana);
        var roster = test.roster("Training in view", 2014, Map.of());
        test.member(roster, "Оқыған Адам", trained, "ASTANA");
        test.member(roster, "Жаңа Адам", "new.training." + UUID.randomUUID() + "@example.kz", "ASTANA");
        training.addRequirement(roster.id(), new RequirementDetails("NPM basics", true, Set.of(astana, upcoming)));
        var view = open(roster);

        view.tabs.setSelectedIndex(3);
        roundTrip();

        var requirements = test(view.training.requirements);
        assertThat(requirements.getCellText(0, requirements.getColumnPosition("met"))).isEqualTo("1 of 2");
        test(view.training.onlyNotMet).click();
        var members = test(view.training.members);
        assertThat(members.size()).isEqualTo(1);
        assertThat(members.getRow(0).member().fullName()).isEqualTo("Жаңа Адам");

        view.training.inviteDialog.ask(view.training.requirements.getListDataView().getItem(0));
        roundTrip();
        assertThat(view.training.inviteDialog.text.getText()).contains("1 active members have not met NPM basics");
        test(view.training.inviteDialog.send).click();

        assertThat(lastNotification()).startsWith("Invited: 1,");
        assertThat(jdbc.queryForObject("select count(*) from invitation where seminar_id = ?", Integer.class,
                upcoming)).isEqualTo(1);
    }

    private RosterView open(RosterOutline roster) {
        var view = navigate("rosters/" + roster.id(), RosterView.class);
        roundTrip();
        return view;
    }

    private List<String> names(RosterView view) {
        var grid = test(view.members.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).fullName()).toList();
    }

    private String lastNotification() {
        var shown = find(Notification.class).all().stream().filter(Notification::isOpened).toList();
        assertThat(shown).as("open notifications").isNotEmpty();
        return test(shown.getLast()).getText();
    }
}
