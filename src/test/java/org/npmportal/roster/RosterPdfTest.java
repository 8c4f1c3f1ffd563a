package org.npmportal.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The team as a PDF: every member printed, grouped by region, over as many numbered pages as it takes. */
@PortalTest
class RosterPdfTest {

    private static final Locale KAZAKH = Locale.forLanguageTag("kk");

    @Autowired
    RosterPdf pdf;
    @Autowired
    DirectoryService directory;

    @Test
    void a_team_of_112_prints_on_numbered_pages_in_kazakh_with_every_name_and_no_contact_details() throws Exception {
        List<Region> regions = directory.regions();
        List<MemberRow> team = new ArrayList<>();
        for (int i = 0; i < 112; i++) {
            Region region = regions.get(i * regions.size() / 112);
            MemberStatus status = i == 40 ? MemberStatus.WITHDRAWN : MemberStatus.ACTIVE;
            team.add(new MemberRow(i + 1, 0, 1, "Әлібек Құрманғазы-" + i, "person" + i + "@example.kz",
                    "+7 700 000 00 00", "Үкіметтік емес ұйым «Өмір» (демо) с очень длинным названием организации " + i,
                    region, Language.KK, i % 20 == 0 ? MemberRole.REGIONAL_COORDINATOR : MemberRole.MONITOR, status,
                    LocalDate.of(2014, 9, 15), null, LocalDate.of(2014, 1, 1), null, true, i % 3 == 0,
                    MemberSource.SELECTION));
        }
        var roster = new RosterOutline(1, 0, "NPM monitors", 2014, "NPM monitors 2014", LocalDate.of(2014, 1, 1),
                LocalDate.of(2014, 12, 31), Map.of(), null, null, null, null, null, LocalDate.of(2014, 12, 31));

        byte[] file = pdf.render(roster, team, LocalDate.of(2026, 11, 30), KAZAKH);

        try (var document = Loader.loadPDF(file)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isBetween(3, 6);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("NPM monitors 2014", "мүшелер: 112, белсенді: 111",
                    pages + " беттің 1-беті", pages + " беттің " + pages + "-беті", "Өңірлік үйлестіруші",
                    "бастап Шыққан");
            for (int i = 0; i < 112; i++) {
                assertThat(text).contains("Әлібек Құрманғазы-" + i + " ");
            }
            assertThat(text).doesNotContain("@example.kz", "+7 700");
            assertThat(text).contains("…");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("NPM monitors 2014");
        }
    }
}
