package org.npmportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Without spring.mail.host the portal's mail goes over SMTP to its own embedded server. */
@PortalTest
class EmbeddedMailServerTest {

    @Autowired
    JavaMailSender mailSender;
    @Autowired
    GreenMail embeddedSmtpServer;

    @Test
    void mail_sent_through_the_portal_sender_arrives_at_the_embedded_server_with_kazakh_text_intact()
            throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom("no-reply@npm-portal.local");
        helper.setTo("participant@embedded-test.example.kz");
        helper.setSubject("Семинар: ұлттық алдын алу тетігі");
        helper.setText("Тіркелуіңізді растаңыз — ә, ғ, қ, ң, ө, ұ, ү, һ, і");

        mailSender.send(message);

        assertThat(embeddedSmtpServer.waitForIncomingEmail(5000, 1)).isTrue();
        var received = embeddedSmtpServer.getReceivedMessagesForDomain("embedded-test.example.kz");
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Семинар: ұлттық алдын алу тетігі");
        assertThat(received[0].getContent().toString().strip())
                .isEqualTo("Тіркелуіңізді растаңыз — ә, ғ, қ, ң, ө, ұ, ү, һ, і");
    }
}
