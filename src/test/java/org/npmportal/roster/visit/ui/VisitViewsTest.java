package org.npmportal.roster.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.roster.RequirementDetails;
import org.npmportal.roster.RosterFilter;
import org.npmportal.roster.RosterService;
import org.npmportal.roster.TestRosters;
import org.npmportal.roster.TrainingService;
import org.npmportal.roster.visit.FacilityDetails;
import org.npmportal.roster.visit.FacilityRow;
import org.npmportal.roster.visit.FacilityType;
import org.npmportal.roster.visit.VisitService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The visit and place screens, driven as an organiser drives them. */
@PortalTest
@WithUserDetails("organiser")
class VisitViewsTest extends SpringBrowserlessTest {

    @Autowired
    RosterService rosters;
    @Autowired
    VisitService visits;
    @Autowired
    TrainingService training;
    @Autowired
    JdbcTemplate jdbc;

    TestRosters test;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        test = new TestRosters(rosters, jdbc);
    }

    @Test
    void the_demo_year_shows_its_report_times_and_the_unpublished_reports_can_be_listed_alone() {
        long id = rosters.list(new RosterFilter("NPM monitors", 2014), PageRequest.of(0, 1)).getFirst().id();
        var view = navigate("rosters/" + id + "/visits", VisitsView.class);
        roundTrip();

        assertThat(view.title.getText()).isEqualTo("Visits: NPM monitors 2014");
        assertThat(view.statistics.getText()).startsWith("276 visits, ").contains("Days from visit to report: median");
        long unpublished = jdbc.queryForObject("select count(*) from monitoring_visit where roster_id = ? "
                + "and report_published_on is null", Long.class, id);
        test(view.report).selectItem("Not published yet");
        assertThat(test(view.grid).size()).isEqualTo((int) unpublished);
        assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("reportPublishedOn")))
                .isEqualTo("Not published");
    }

    @Test
    void recording_a_visit_refuses_a_report_before_it_on_the_field_and_then_saves_it_with_its_team() {
        var roster = test.roster("Visit in view", 2014, Map.of());
        test.member(roster, "Жанна Есенова", "zhanna." + UUID.randomUUID() + "@example.kz", "ATYRAU");
        var place = facility("ATYRAU");
        var view = navigate("rosters/" + roster.id() + "/visits", VisitsView.class);
        roundTrip();

        test(view.add).click();
        roundTrip();
        var dialog = view.dialog;
        test(dialog.facility).selectItem(place.name() + " – Atyrau Region");
        test(dialog.visitedOn).setValue(LocalDate.of(2014, 4, 10));
        test(dialog.team).selectItem("Жанна Есенова – Atyrau Region");
        test(dialog.reportPublishedOn).setValue(LocalDate.of(2014, 4, 9));
        test(dialog.save).click();

        assertThat(dialog.reportPublishedOn.getErrorMessage())
                .isEqualTo("The report cannot be published before the visit or in the future.");
        assertThat(visits.countVisits(roster.id(), org.npmportal.roster.visit.VisitFilter.all())).isZero();

        test(dialog.reportPublishedOn).setValue(LocalDate.of(2014, 4, 16));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, grid.getColumnPosition("days"))).isEqualTo("6");
        assertThat(grid.getCellText(0, grid.getColumnPosition("team"))).isEqualTo("Жанна Есенова");
        assertThat(view.statistics.getText()).startsWith("1 visits, 1 reports published (0 not yet).");
    }

    @Test
    void a_first_visit_before_the_required_training_asks_before_it_is_recorded() {
        var roster = test.roster("Untrained in view", 2014, Map.of());
        test.member(roster, "Олжас Байжанов", "olzhas." + UUID.randomUUID() + "@example.kz", "ATYRAU");
        long astana = test.demoSeminar2013("Astana");
        training.addRequirement(roster.id(), new RequirementDetails("NPM basics", true, Set.of(astana)));
        var place = facility("ATYRAU");
        var view = navigate("rosters/" + roster.id() + "/visits", VisitsView.class);
        roundTrip();

        test(view.add).click();
        roundTrip();
        test(view.dialog.facility).selectItem(place.name() + " – Atyrau Region");
        test(view.dialog.visitedOn).setValue(LocalDate.of(2014, 5, 6));
        test(view.dialog.team).selectItem("Олжас Байжанов – Atyrau Region");
        test(view.dialog.save).click();
        roundTrip();

        assertThat(view.dialog.untrainedWarning.isOpened()).isTrue();
        assertThat(visits.countVisits(roster.id(), org.npmportal.roster.visit.VisitFilter.all())).isZero();
        test((ConfirmDialog) view.dialog.untrainedWarning).confirm();
        assertThat(visits.countVisits(roster.id(), org.npmportal.roster.visit.VisitFilter.all())).isEqualTo(1);
    }

    @Test
    void the_visit_exports_hold_every_member_with_their_counts_and_the_visits() throws Exception {
        var roster = test.roster("Export visits", 2014, Map.of());
        var member = test.member(roster, "Камила Досова", "kamila." + UUID.randomUUID() + "@example.kz", "ATYRAU");
        test.member(roster, "Мирас Қалиев", "miras." + UUID.randomUUID() + "@example.kz", "ATYRAU");
        var place = facility("ATYRAU");
        visits.addVisit(roster.id(), new org.npmportal.roster.visit.VisitDetails(place.id(), LocalDate.of(2014, 3, 3),
                LocalDate.of(2014, 3, 13), Set.of(member.id()), null));
        var view = navigate("rosters/" + roster.id() + "/visits", VisitsView.class);
        roundTrip();

        var csv = new ByteArrayOutputStream();
        test(view.exportCsv).download(csv);
        String[] lines = csv.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("\uFEFFMonitor,Region,Visits,Reports published,Not published,"
                + "Mean days to report,Median days to report,Longest days to report,Published within a week");
        assertThat(lines).contains("Камила Досова,Atyrau Region,1,1,0,10.0,10.0,10,0",
                "Мирас Қалиев,Atyrau Region,0,0,0,,,,0");

        var excel = new ByteArrayOutputStream();
        test(view.exportExcel).download(excel);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(excel.toByteArray()))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(2);
            var visitRows = sheets.get(1).read();
            assertThat(visitRows).hasSize(2);
            assertThat(visitRows.get(1).getCellText(1)).isEqualTo(place.name());
            assertThat(visitRows.get(1).getCellText(6)).isEqualTo("10");
        }
    }

    @Test
    void the_directory_finds_places_by_type_and_a_duplicate_name_is_refused_on_the_field() {
        var place = facility("MANGYSTAU");
        var view = navigate(FacilitiesView.class);
        test(view.search).setValue(place.name());
        test(view.type).selectItem("Pre-trial detention centre");
        assertThat(test(view.grid).size()).isZero();
        test(view.type).selectItem("Prison");
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(view.add).click();
        roundTrip();
        test(view.dialog.name).setValue(place.name());
        test(view.dialog.type).selectItem("Prison");
        test(view.dialog.region).selectItem("Mangystau Region");
        test(view.dialog.save).click();

        assertThat(view.dialog.name.getErrorMessage()).isEqualTo("This region already has a place with this name.");
    }

    private FacilityRow facility(String regionCode) {
        return visits.addFacility(new FacilityDetails("Colony " + UUID.randomUUID().toString().substring(0, 8),
                FacilityType.PRISON, test.regionId(regionCode), null));
    }
}
