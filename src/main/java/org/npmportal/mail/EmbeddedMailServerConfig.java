package org.npmportal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * When no SMTP server is configured ({@code spring.mail.host} unset), the portal starts GreenMail as
 * its own SMTP server on localhost and sends all mail there. Nothing leaves the machine, which is what
 * the embedded default and the tests want. Setting {@code spring.mail.host} in any profile switches
 * this off and Spring Boot's standard mail configuration takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMailServerConfig.NoMailHostConfigured.class)
class EmbeddedMailServerConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServerConfig.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail embeddedSmtpServer(@Value("${portal.mail.embedded.port:3025}") int port) {
        var setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        return new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    }

    @Bean
    JavaMailSender javaMailSender(GreenMail embeddedSmtpServer) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtpServer.getSmtp().getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        log.warn("No SMTP server configured (spring.mail.host): mail goes to the embedded server on "
                + "127.0.0.1:{} and is not delivered to anyone.", embeddedSmtpServer.getSmtp().getPort());
        return sender;
    }

    static class NoMailHostConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }
}
