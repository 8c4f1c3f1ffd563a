package org.npmportal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The CV and the candidate import are judged by their content, never by the file's name, and within
 * their size limits. (CandidateServiceTest covers HTML named .pdf, a zip as CSV, one byte over and empty.)
 */
@PortalTest
@WithUserDetails("organiser")
class CandidateUploadsTest {

    /** The first bytes of a Windows program and of a Linux one. */
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    private static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    @Autowired
    CandidateService service;
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
    void people() {
        people = new Applicants(jdbc, security, users);
    }

    @Test
    void a_program_or_a_pdf_behind_leading_bytes_named_pdf_is_refused_and_a_real_pdf_named_txt_is_taken_as_a_pdf() {
        long round = TestRounds.open(rounds, "CV by content");
        long id = service.add(round, people.candidate("Ерлан Жұмабаев", people.email("erlan"))).getId();

        for (byte[] notPdf : new byte[][] {EXE, ELF, (" " + new String(Applicants.PDF, StandardCharsets.US_ASCII))
                .getBytes(StandardCharsets.US_ASCII), "%PDF".getBytes(StandardCharsets.US_ASCII)}) {
            assertThatThrownBy(() -> service.attachCv(id, "Түйіндеме.pdf", notPdf))
                    .as(Arrays.toString(Arrays.copyOf(notPdf, 6))).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems()).containsExactly(
                                    new FieldProblem("cv", "selection.candidate.cv.notPdf")));
        }
        assertThat(cvCount(id)).isZero();

        service.attachCv(id, "cv\u202Efdp.txt", Applicants.PDF);

        assertThat(jdbc.queryForObject("select file_name from selection_cv where candidate_id = ?", String.class, id))
                .isEqualTo("cvfdp.txt");
        var file = service.cv(id).orElseThrow();
        assertThat(file.fileName()).isEqualTo("C-001.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.content()).isEqualTo(Applicants.PDF);
    }

    @Test
    void a_pdf_of_exactly_five_megabytes_is_taken() {
        long round = TestRounds.open(rounds, "CV at the limit");
        long id = service.add(round, people.candidate("Әлия Ғабитқызы", people.email("aliya"))).getId();
        byte[] atLimit = new byte[CandidateService.CV_MAX_BYTES];
        System.arraycopy(Applicants.PDF, 0, atLimit, 0, Applicants.PDF.length);

        service.attachCv(id, "cv.pdf", atLimit);

        assertThat(jdbc.queryForObject("select size_bytes from selection_cv where candidate_id = ?", Integer.class, id))
                .isEqualTo(CandidateService.CV_MAX_BYTES);
    }

    @Test
    void a_program_or_text_with_binary_bytes_named_csv_imports_nobody() {
        long round = TestRounds.open(rounds, "Import by content");
        String line = "Ерлан Жұмабаев," + people.email("erlan") + ",,,ASTANA\n";
        byte[] withNul = (line.replace("Ерлан", "Ер\u0000лан")).getBytes(StandardCharsets.UTF_8);
        byte[] withEscape = ("\u001B[31m" + line).getBytes(StandardCharsets.UTF_8);

        for (byte[] notText : new byte[][] {EXE, ELF, withNul, withEscape}) {
            assertThatThrownBy(() -> service.importCsv(round, notText)).as(Arrays.toString(Arrays.copyOf(notText, 6)))
                    .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.lines()).containsExactly(
                            new ImportProblem(0, null, "selection.candidate.import.notText")));
        }
        assertThat(people.candidates(round)).isZero();
        assertThat(service.importCsv(round, line.getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
    }

    private int cvCount(long candidateId) {
        return jdbc.queryForObject("select count(*) from selection_cv where candidate_id = ?", Integer.class,
                candidateId);
    }
}
