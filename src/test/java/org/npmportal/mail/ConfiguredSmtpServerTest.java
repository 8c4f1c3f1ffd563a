package org.npmportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Setting spring.mail.host sends mail to that server, and the embedded one is not started. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class ConfiguredSmtpServerTest {

    @RegisterExtension
    static final GreenMailExtension externalServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> externalServer.getSmtp().getPort());
    }

    @Autowired
    JavaMailSender mailSender;
    @Autowired
    ApplicationContext context;

    @Test
    void mail_goes_to_the_configured_server_instead_of_the_embedded_one() {
        var message = new SimpleMailMessage();
        message.setFrom("no-reply@npm-portal.local");
        message.setTo("organiser@example.org");
        message.setSubject("Напоминание о семинаре");
        message.setText("Алматы, 29–30 ноября");

        mailSender.send(message);

        assertThat(externalServer.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(externalServer.getReceivedMessages()).hasSize(1);
        assertThat(context.getBeanNamesForType(GreenMail.class)).isEmpty();
    }
}
