package org.npmportal.seminar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.SeminarStatus;
import org.npmportal.seminar.SeminarSummary;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The organisers' seminar list, driven as an organiser would drive it. */
@PortalTest
@WithUserDetails("organiser")
class SeminarListViewTest extends SpringBrowserlessTest {

    @Autowired
    SeminarService seminars;

    private SeminarListView view;

    @BeforeEach
    void openInEnglish() {
        open(Locale.ENGLISH);
    }

    @Test
    void an_organiser_sees_the_demo_seminars_latest_first() {
        List<SeminarSummary> rows = rows();

        assertThat(rows).extracting(SeminarSummary::title)
                .anyMatch(title -> title.contains("Astana"))
                .anyMatch(title -> title.contains("Almaty"))
                .contains("NPM basics for new monitors", "Reporting after preventive visits");
        assertThat(rows).extracting(SeminarSummary::startsAt).filteredOn(start -> start != null)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void the_list_shows_dates_with_the_time_zone_the_place_and_a_translated_status_in_russian() {
        open(Locale.forLanguageTag("ru"));
        test(view.filterBar.text).setValue("(Astana)");

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        // Java's Russian dates put no-break spaces inside "2013 г."
        assertThat(grid.getCellText(0, grid.getColumnPosition("dates")).replaceAll("[\\u00A0\\u202F]", " "))
                .isEqualTo("19 нояб. 2013 г., 09:30 – 20 нояб. 2013 г., 16:30 (Asia/Almaty)");
        assertThat(grid.getCellText(0, grid.getColumnPosition("place"))).isEqualTo("Astana, Астана");
        assertThat(grid.getCellText(0, grid.getColumnPosition("seats"))).isEqualTo("52 / 60");
        var status = (Span) grid.getCellComponent(0, "status");
        assertThat(status.getText()).isEqualTo("Проведён");
        assertThat(status.getClassNames()).contains("seminar-status", "seminar-status-completed");
        assertThat(grid.getHeaderCell(grid.getColumnPosition("title"))).isEqualTo("Название");
    }

    @Test
    void choosing_only_completed_leaves_the_two_seminars_of_2013() {
        test(view.filterBar.statuses).selectItem("Completed");

        List<SeminarSummary> rows = rows();
        assertThat(rows).isNotEmpty().allMatch(row -> row.status() == SeminarStatus.COMPLETED);
        assertThat(rows).extracting(SeminarSummary::title)
                .anyMatch(title -> title.contains("Astana"))
                .anyMatch(title -> title.contains("Almaty"))
                .doesNotContain("NPM basics for new monitors");
    }

    @Test
    void a_date_range_keeps_only_the_seminars_that_overlap_it() {
        LocalDate from = LocalDate.of(2013, 11, 18);
        LocalDate to = LocalDate.of(2013, 11, 21);
        test(view.filterBar.from).setValue(from);
        test(view.filterBar.to).setValue(to);

        List<SeminarSummary> rows = rows();
        assertThat(rows).extracting(SeminarSummary::title)
                .anyMatch(title -> title.contains("Astana"))
                .noneMatch(title -> title.contains("Almaty"));
        assertThat(rows).allMatch(row -> !row.endsAt().toLocalDate().isBefore(from)
                && !row.startsAt().toLocalDate().isAfter(to));
    }

    @Test
    void the_text_filter_finds_a_seminar_by_part_of_its_title_and_clearing_brings_the_rest_back() {
        String token = "Ляззат " + UUID.randomUUID();
        saveDraft("Планирование визитов: " + token);

        test(view.filterBar.text).setValue(token.toUpperCase(Locale.ROOT));
        assertThat(rows()).extracting(SeminarSummary::title).containsExactly("Планирование визитов: " + token);

        test(view.filterBar.clear).click();
        assertThat(view.filterBar.text.getValue()).isEmpty();
        assertThat(rows()).hasSizeGreaterThan(1);
    }

    @Test
    void the_exports_download_exactly_the_filtered_seminars() throws IOException {
        String token = "Export " + UUID.randomUUID();
        saveDraft("First, \"quoted\" " + token);
        saveDraft("Second " + token);
        test(view.filterBar.text).setValue(token);

        var csv = new ByteArrayOutputStream();
        test(view.exportCsv).download(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFID,Title,Status");
        assertThat(text.split("\r\n")).hasSize(3);
        assertThat(text).contains("\"First, \"\"quoted\"\" " + token + "\"", ",Second " + token + ",Draft,");

        var excel = new ByteArrayOutputStream();
        test(view.exportExcel).download(excel);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(excel.toByteArray()))) {
            var sheetRows = workbook.getFirstSheet().read();
            assertThat(sheetRows).hasSize(3);
            assertThat(sheetRows.subList(1, 3)).extracting(row -> row.getCellText(1))
                    .containsExactlyInAnyOrder("First, \"quoted\" " + token, "Second " + token);
        }
    }

    @Test
    void clicking_a_row_opens_the_seminar_and_the_toolbar_leads_to_a_new_seminar_and_the_calendar() {
        String token = "Click " + UUID.randomUUID();
        long id = saveDraft(token).getId();
        test(view.filterBar.text).setValue(token);

        test(view.grid).clickRow(0);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("seminars/" + id);

        view = navigate(SeminarListView.class);
        test(view.newSeminar).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("seminars/new");

        view = navigate(SeminarListView.class);
        test(view.calendar).click();
        assertThat(getCurrentView()).isInstanceOf(SeminarCalendarView.class);
    }

    /** Views are built in the UI's language, so a new language needs a new view, not the current one again. */
    private void open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        navigate("", Component.class);
        view = navigate(SeminarListView.class);
    }

    private List<SeminarSummary> rows() {
        var grid = test(view.grid);
        List<SeminarSummary> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        return rows;
    }

    private Seminar saveDraft(String title) {
        var seminar = new Seminar();
        seminar.setTitle(title);
        seminar.setCity("Taraz");
        seminar.setStartsAt(LocalDate.of(2031, 3, 4).atTime(10, 0));
        seminar.setEndsAt(LocalDate.of(2031, 3, 4).atTime(17, 0));
        return seminars.save(seminar);
    }
}
