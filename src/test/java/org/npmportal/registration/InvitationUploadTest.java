package org.npmportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An uploaded invitation list is read by its content, whatever it is called: a zip, a program or a PDF
 * named .csv, or text with binary bytes, invites nobody. (ParticipantServiceContract covers UTF-16,
 * Latin-1 and one byte over the size limit.)
 */
@PortalTest
@WithUserDetails("organiser")
class InvitationUploadTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_zip_a_program_a_pdf_or_text_with_binary_bytes_named_csv_invites_nobody() {
        long seminar = TestRegistrations.seminar(seminars, "Upload by content", 20, false);
        String email = "dana@" + UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
        String line = "Дана Әбілқызы," + email + ",kk\n";
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] pdf = "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withNul = line.replace("Дана", "Да\u0000на").getBytes(StandardCharsets.UTF_8);

        for (byte[] notText : new byte[][] {zip, exe, pdf, withNul}) {
            assertThatThrownBy(() -> participants.inviteFile(seminar, notText, Language.EN))
                    .as(Arrays.toString(Arrays.copyOf(notText, 6)))
                    .isInstanceOfSatisfying(InvalidInvitationsException.class, e -> assertThat(e.lines())
                            .containsExactly(new InvitationProblem(0, "participants.invite.file.notText")));
        }
        assertThat(invitations(seminar)).isZero();
        assertThat(participants.inviteFile(seminar, line.getBytes(StandardCharsets.UTF_8), Language.EN))
                .isEqualTo(new InvitationResult(1, 0, 0));
        assertThat(invitations(seminar)).isEqualTo(1);
    }

    private int invitations(long seminar) {
        return jdbc.queryForObject("select count(*) from invitation where seminar_id = ?", Integer.class, seminar);
    }
}
